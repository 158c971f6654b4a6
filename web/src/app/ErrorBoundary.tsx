/**
 * Last-resort error views. They avoid antd's heavy parts so they stay in the entry chunk; a failed
 * lazy import (a new deploy replaced the chunks) offers a reload.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router-dom";

function Crash({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div
      role="alert"
      data-testid="crash"
      style={{ maxWidth: 520, margin: "15vh auto", padding: 24, textAlign: "center" }}
    >
      <div style={{ fontSize: 48, color: "#ff4d4f", lineHeight: 1 }}>!</div>
      <h1 style={{ fontSize: 22, margin: "16px 0 8px" }}>{t("errors.crashTitle")}</h1>
      <p style={{ color: "#595959" }}>{t("errors.crash")}</p>
      <pre style={{ color: "#8c8c8c", whiteSpace: "pre-wrap", fontSize: 12 }}>{message}</pre>
      <p style={{ display: "flex", gap: 12, justifyContent: "center" }}>
        <button type="button" className="crash-btn" onClick={() => window.location.reload()}>
          {t("errors.refresh")}
        </button>
        <a href="/">{t("errors.goHome")}</a>
      </p>
    </div>
  );
}

export function RouteError() {
  return <Crash error={useRouteError()} />;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: undefined as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error === undefined ? this.props.children : <Crash error={this.state.error} />;
  }
}
