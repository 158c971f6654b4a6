/** 登录: username and password, the server's reason on failure (wrong password, locked until when). */
import { LockOutlined, UserOutlined } from "@ant-design/icons";
import { Alert, Button, Form, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router-dom";
import { isProblem, ProblemError } from "../../app/api";
import { useAuthActions } from "../../app/auth";
import { LanguageSegmented } from "../../app/LanguageSegmented";
import { stripLabelPrefix } from "../../ui/fieldMessage";
import { formatTimestamp, useLocale } from "../../ui/format";
import { Logo } from "../../ui/Logo";
import "./login.css";

interface Values {
  username: string;
  password: string;
}

function useLoginError(error: unknown) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!error) return null;
  if (!isProblem(error)) return { message: t("login.failed"), description: String(error) };
  const lockedUntil = typeof error.body.lockedUntil === "string" ? error.body.lockedUntil : null;
  const when = lockedUntil ? formatTimestamp(lockedUntil, locale) : null;
  const lines = [error.detail || error.title];
  if (when && !lines[0]?.includes(when.slice(-5))) lines.push(t("login.lockedUntil", { time: when }));
  return { message: lines.filter(Boolean).join(" "), description: undefined };
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { login } = useAuthActions();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const shown = useLoginError(error);

  const submit = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await login(values.username.trim(), values.password);
      const next = params.get("next");
      navigate(next?.startsWith("/") && !next.startsWith("//") ? next : "/", { replace: true });
    } catch (e) {
      setError(e);
      if (e instanceof ProblemError && e.errors.length > 0) {
        form.setFields(
          e.errors
            .filter((x) => x.field === "username" || x.field === "password")
            .map((x) => ({
              name: x.field as keyof Values,
              errors: [stripLabelPrefix(x.message, [t(`login.${x.field as keyof Values}`), x.field])],
            })),
        );
      }
      form.setFieldValue("password", "");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <aside className="login-brand" aria-hidden="true">
        <div className="login-brand-inner">
          <Logo size={56} />
          <div className="login-brand-name">ZoneOS</div>
          <div className="login-brand-full">{t("app.fullName")}</div>
          <div className="login-brand-tagline">{t("login.tagline")}</div>
        </div>
      </aside>
      <main className="login-main">
        <div className="login-lang">
          <LanguageSegmented />
        </div>
        <div className="login-card">
          <div className="login-head">
            <Logo size={40} />
            <div>
              <div className="login-head-name">ZoneOS</div>
              <div className="login-head-full">{t("app.fullName")}</div>
            </div>
          </div>
          <h1 className="login-title">{t("login.title")}</h1>
          {shown && (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="login-error"
              message={shown.message}
              description={shown.description}
              style={{ marginBottom: 16 }}
            />
          )}
          <Form<Values>
            form={form}
            layout="vertical"
            requiredMark={false}
            onFinish={submit}
            size="large"
            disabled={busy}
          >
            <Form.Item
              name="username"
              label={t("login.username")}
              rules={[{ required: true, whitespace: true, message: t("login.usernamePlaceholder") }]}
            >
              <Input
                prefix={<UserOutlined />}
                placeholder={t("login.usernamePlaceholder")}
                autoComplete="username"
                autoCapitalize="none"
                autoFocus
                data-testid="login-username"
              />
            </Form.Item>
            <Form.Item
              name="password"
              label={t("login.password")}
              rules={[{ required: true, message: t("login.passwordPlaceholder") }]}
            >
              <Input.Password
                prefix={<LockOutlined />}
                placeholder={t("login.passwordPlaceholder")}
                autoComplete="current-password"
                data-testid="login-password"
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={busy} data-testid="login-submit">
              {t("login.submit")}
            </Button>
          </Form>
          <Alert
            className="login-demo"
            type="info"
            message={t("login.demoTitle")}
            description={
              <ul className="login-demo-list">
                <li>
                  <code>admin</code> {t("login.demoAdmin")}
                </li>
                <li>
                  <code>yucheng-leader</code> {t("login.demoLeader")}
                </li>
                <li>
                  {t("login.demoPassword")} <code>zoneos-demo</code>
                </li>
              </ul>
            }
            data-testid="login-demo"
          />
        </div>
        <footer className="login-footer">{t("login.footer")}</footer>
      </main>
    </div>
  );
}
