import { EditOutlined, PhoneOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import type { Enterprise } from "../../types";
import type { Dialog } from "./FactDialogs";

/** The page's buttons: contacts for an enterprise's own account; record a fact and edit for writers. */
export function PageActions({
  enterprise: e,
  ownAccount,
  writable,
  onDialog: setDialog,
}: {
  enterprise: Enterprise;
  ownAccount: boolean;
  writable: boolean;
  onDialog: (d: Dialog) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {ownAccount && (
        <Button icon={<PhoneOutlined />} onClick={() => setDialog({ kind: "contacts" })} data-testid="contacts-edit">
          {t("enterprises.contacts.edit")}
        </Button>
      )}
      {writable && (
        <>
          <Dropdown
            trigger={["click"]}
            menu={{
              items: [
                { key: "flag", label: t("enterprises.facts.addFlag") },
                { key: "qualification", label: t("enterprises.facts.addQualification") },
                { key: "platform", label: t("enterprises.facts.addPlatform") },
                { key: "rung", label: t("enterprises.rungStep.title"), disabled: e.rung === "listed" },
              ],
              onClick: ({ key }) => {
                if (key === "flag") setDialog({ kind: "flag", flag: null });
                if (key === "qualification") setDialog({ kind: "qualification", qualification: null });
                if (key === "platform") setDialog({ kind: "platform" });
                if (key === "rung") setDialog({ kind: "rung" });
              },
            }}
          >
            <Button icon={<PlusOutlined />} data-testid="enterprise-add">
              {t("enterprises.facts.record")}
            </Button>
          </Dropdown>
          <Button
            type="primary"
            icon={<EditOutlined />}
            onClick={() => setDialog({ kind: "edit" })}
            data-testid="enterprise-edit"
          >
            {t("common.edit")}
          </Button>
        </>
      )}
    </>
  );
}
