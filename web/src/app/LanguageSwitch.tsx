import { GlobalOutlined } from "@ant-design/icons";
import type { Locale } from "@zoneos/core/format";
import { Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import { useSwitchLocale } from "./auth";
import { LOCALES } from "./i18n";

/** The header's 中文 / English menu; remembered in the account when signed in, in this browser otherwise. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const switchLocale = useSwitchLocale();
  const current = (i18n.language === "en-US" ? "en-US" : "zh-CN") as Locale;
  return (
    <Dropdown
      trigger={["click"]}
      menu={{
        selectable: true,
        selectedKeys: [current],
        items: LOCALES.map((l) => ({ key: l, label: t(`language.${l}`), "data-testid": `language-${l}` })),
        onClick: ({ key }) => void switchLocale(key as Locale),
      }}
    >
      <Button type="text" icon={<GlobalOutlined />} aria-label={t("language.label")} data-testid="language-switch">
        {t(current === "zh-CN" ? "language.zh-CN" : "language.en-US")}
      </Button>
    </Dropdown>
  );
}
