/**
 * Shows an API error in the user's language: the problem's title and detail, the conflict advice for a
 * 409 (the form keeps its values; "reload" fetches the latest record), and a retry where one helps.
 */
import { Alert, Button } from "antd";
import { useTranslation } from "react-i18next";
import { isProblem } from "../app/api";

interface Props {
  error: unknown;
  /** Field messages that found no field to sit under (see applyProblemToForm), shown in full. */
  details?: string[];
  /** Offered for a 409 conflict and for failed loads. */
  onRetry?: () => void;
  style?: React.CSSProperties;
}

export function ProblemAlert({ error, details, onRetry, style }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const action = onRetry ? (
    <Button size="small" onClick={onRetry}>
      {t("common.reload")}
    </Button>
  ) : undefined;
  if (isProblem(error) && error.isConflict) {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        data-testid="problem-conflict"
        style={style}
        message={t("errors.conflictTitle")}
        // The server's detail says the same in fewer words; this one also says the form is kept.
        description={t("errors.conflict")}
        action={action}
      />
    );
  }
  // `detail` is written for the user in their language; `title` is the generic HTTP phrase.
  const text = isProblem(error) ? error.detail || error.title : error instanceof Error ? error.message : String(error);
  const description =
    details && details.length > 0 ? (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {details.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    ) : undefined;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="problem"
      style={style}
      message={text}
      description={description}
      action={action}
    />
  );
}
