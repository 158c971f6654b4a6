/** 个人中心: my account, change my password (rules shown), language and money unit. */
import type { Locale, MoneyUnit } from "@zoneos/core/format";
import { formatMoney } from "@zoneos/core/format";
import { App, Button, Card, Col, Descriptions, Form, Input, Radio, Row, Space, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { useAuthActions, useCan, useMe } from "../../app/auth";
import { LOCALES } from "../../app/i18n";
import { DateTimeText } from "../../ui/format";
import { applyProblemToForm } from "../../ui/formProblem";
import { useLabels } from "../../ui/labels";
import { Page } from "../../ui/Page";
import { PasswordRules, usePasswordRule } from "../../ui/PasswordRules";
import { ProblemAlert } from "../../ui/ProblemAlert";
import { useRoles } from "./queries";

const MONEY_UNITS: MoneyUnit[] = ["yuan", "wan", "yi"];

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

function ChangePassword() {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const newPassword = Form.useWatch("newPassword", form);
  const rule = usePasswordRule(() => me.username);
  const [error, setError] = useState<unknown>(null);
  const [details, setDetails] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async (v: PasswordValues) => {
    setBusy(true);
    setError(null);
    try {
      await api.post("/v1/auth/password", { currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      void message.success(t("profile.passwordChanged"));
    } catch (e) {
      setDetails(applyProblemToForm(form, e));
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t("profile.changePassword")} data-testid="profile-password">
      <ProblemAlert error={error} details={details} style={{ marginBottom: 16 }} />
      <Form<PasswordValues> form={form} layout="vertical" onFinish={submit} style={{ maxWidth: 420 }}>
        <Form.Item
          name="currentPassword"
          label={labels.field("currentPassword")}
          rules={[{ required: true, message: t("common.required", { field: labels.field("currentPassword") }) }]}
        >
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={labels.field("newPassword")}
          rules={[{ required: true, message: t("common.required", { field: labels.field("newPassword") }) }, rule]}
          extra={<PasswordRules password={newPassword} username={me.username} />}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("profile.confirmPassword")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("common.required", { field: t("profile.confirmPassword") }) },
            ({ getFieldValue }) => ({
              validator: async (_r, value: string) => {
                if (value && value !== getFieldValue("newPassword")) throw new Error(t("profile.passwordMismatch"));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="change-password-submit">
          {t("profile.changePassword")}
        </Button>
      </Form>
    </Card>
  );
}

function Preferences() {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useLabels();
  const { message } = App.useApp();
  const { savePreferences } = useAuthActions();
  const [error, setError] = useState<unknown>(null);

  const save = async (prefs: { locale?: Locale; moneyUnit?: MoneyUnit }) => {
    setError(null);
    try {
      await savePreferences(prefs);
      void message.success(t("profile.preferencesSaved"));
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Card title={t("profile.preferences")} data-testid="profile-preferences">
      <ProblemAlert error={error} style={{ marginBottom: 16 }} />
      <Form layout="vertical">
        <Form.Item label={labels.field("locale")}>
          <Radio.Group
            optionType="button"
            value={me.locale}
            onChange={(e) => void save({ locale: e.target.value as Locale })}
            options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))}
            data-testid="pref-locale"
          />
        </Form.Item>
        <Form.Item label={labels.field("moneyUnit")} extra={t("profile.moneyUnitHelp")}>
          <Radio.Group
            optionType="button"
            value={me.moneyUnit}
            onChange={(e) => void save({ moneyUnit: e.target.value as MoneyUnit })}
            options={MONEY_UNITS.map((u) => ({ value: u, label: t(`moneyUnit.${u}`) }))}
            data-testid="pref-money-unit"
          />
        </Form.Item>
        <div className="muted" data-testid="money-example">
          {t("profile.moneyExample", { amount: formatMoney("1056000000", me.moneyUnit, labels.locale) })}
        </div>
      </Form>
    </Card>
  );
}

export default function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const can = useCan();
  const labels = useLabels();
  const roles = useRoles(can("roles:read"));
  return (
    <Page title={t("profile.title")} testId="page-profile">
      <Card title={t("profile.info")}>
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" data-testid="profile-info">
          <Descriptions.Item label={labels.field("username")}>{me.username}</Descriptions.Item>
          <Descriptions.Item label={t("users.name")}>{me.name}</Descriptions.Item>
          <Descriptions.Item label={labels.field("phone")}>{me.phone ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("home.zone")}>{me.zoneName ?? t("home.platformWide")}</Descriptions.Item>
          <Descriptions.Item label={t("home.unit")}>{me.unitName ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("home.region")}>{me.regionName ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("home.roles")}>
            <Space size={[4, 4]} wrap>
              {me.roleCodes.map((c) => (
                <Tag key={c} color="blue">
                  {labels.roleName(c, roles.data)}
                </Tag>
              ))}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t("home.scope")}>{labels.scope(me.scope)}</Descriptions.Item>
          <Descriptions.Item label={t("profile.passwordChangedAt")}>
            <DateTimeText value={me.passwordChangedAt} empty={t("profile.neverChanged")} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <ChangePassword />
        </Col>
        <Col xs={24} lg={12}>
          <Preferences />
        </Col>
      </Row>
    </Page>
  );
}
