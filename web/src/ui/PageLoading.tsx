import { Spin } from "antd";
import { useTranslation } from "react-i18next";

export function PageLoading({ full }: { full?: boolean }) {
  const { t } = useTranslation();
  return (
    <div
      style={{ display: "flex", alignItems: "center", justifyContent: "center", minHeight: full ? "100vh" : 240 }}
      aria-busy="true"
    >
      <Spin tip={t("app.loading")}>
        <div style={{ width: 80, height: 40 }} />
      </Spin>
    </div>
  );
}
