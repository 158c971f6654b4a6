/**
 * Query cache and antd theme and locale (following the UI language). antd's <App> (message, modal)
 * wraps the lazy Shell and login page instead, keeping its weight out of the entry chunk.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { ConfigProvider } from "antd";
import enUS from "antd/locale/en_US";
import zhCN from "antd/locale/zh_CN";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isProblem } from "./api";

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A 4xx will answer the same next time; only network and server failures are worth a retry.
      retry: (count, error) => count < 2 && !(isProblem(error) && error.status >= 400 && error.status < 500),
    },
  },
});

export const THEME = {
  token: {
    colorPrimary: "#1456b8",
    borderRadius: 6,
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Helvetica Neue", Arial, sans-serif',
  },
};

export function Providers({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <QueryClientProvider client={queryClient}>
      <ConfigProvider
        locale={i18n.language === "en-US" ? enUS : zhCN}
        theme={THEME}
        // "登录", not "登 录": buttons keep the words (and accessible names) as written
        button={{ autoInsertSpace: false }}
      >
        {children}
      </ConfigProvider>
    </QueryClientProvider>
  );
}
