/** The core password rules, explained before submit and ticked off as the user types. */
import { CheckCircleFilled, CloseCircleOutlined } from "@ant-design/icons";
import { PASSWORD_MIN_LENGTH, type PasswordProblem, passwordProblems } from "@zoneos/core/password";
import type { Rule } from "antd/es/form";
import { useTranslation } from "react-i18next";

const SHOWN: PasswordProblem[] = ["tooShort", "needsVariety", "containsUsername"];

export function PasswordRules({ password = "", username }: { password?: string; username?: string }) {
  const { t } = useTranslation();
  const problems = new Set(passwordProblems(password, username));
  const rules = SHOWN.filter((p) => p !== "containsUsername" || username);
  return (
    <div className="password-rules" data-testid="password-rules" aria-live="polite">
      <div className="muted" style={{ marginBottom: 4 }}>
        {t("password.rulesTitle")}
      </div>
      <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
        {rules.map((p) => {
          const ok = password.length > 0 && !problems.has(p);
          return (
            <li
              key={p}
              style={{ color: ok ? "#389e0d" : "rgba(0,0,0,0.55)", display: "flex", gap: 6, alignItems: "center" }}
            >
              {ok ? <CheckCircleFilled /> : <CloseCircleOutlined />}
              <span>{t(`password.${p}`, { min: PASSWORD_MIN_LENGTH })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A form rule that refuses a password the server would refuse. */
export function usePasswordRule(username?: () => string | undefined): Rule {
  const { t } = useTranslation();
  return {
    validator: async (_rule, value: string | undefined) => {
      if (!value) return;
      if (passwordProblems(value, username?.()).length > 0) throw new Error(t("password.invalid"));
    },
  };
}
