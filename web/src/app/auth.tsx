/**
 * The signed-in user: GET /auth/me through TanStack Query under the key ["me"] (null when signed out),
 * with login, logout and preference changes that keep the UI language in step with the account.
 */

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { Locale, MoneyUnit } from "@zoneos/core/format";
import type { Me } from "@zoneos/core/platform-api";
import { useCallback, useEffect } from "react";
import { api, isProblem, onUnauthorized } from "./api";
import { applyLocale, currentLocale } from "./i18n";

export const ME_KEY = ["me"] as const;

/**
 * The language the user actively picked on the login page in this tab (not merely the one this device
 * remembers): at sign-in it replaces the account's saved language; otherwise the account's wins.
 */
const PICKED_KEY = "zoneos.localePicked";

function pickedLocale(): Locale | null {
  try {
    const value = sessionStorage.getItem(PICKED_KEY);
    return value === "zh-CN" || value === "en-US" ? value : null;
  } catch {
    return null;
  }
}

function rememberPicked(locale: Locale) {
  try {
    sessionStorage.setItem(PICKED_KEY, locale);
  } catch {
    // private mode: the pick counts for this page only through the UI language itself
  }
}

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>("/v1/auth/me");
  } catch (error) {
    if (isProblem(error, 401)) return null;
    throw error;
  }
}

export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Number.POSITIVE_INFINITY, retry: 1 });
}

/** The current user; only call below <RequireAuth>, where it is always present. */
export function useMe(): Me {
  const { data } = useMeQuery();
  if (!data) throw new Error("useMe outside an authenticated route");
  return data;
}

export function useCan() {
  const { data } = useMeQuery();
  return useCallback((permission: string) => Boolean(data?.permissions.includes(permission)), [data]);
}

export function useMoneyUnit(): MoneyUnit {
  return useMeQuery().data?.moneyUnit ?? "wan";
}

/** Keeps the UI language equal to the user's saved preference and drops the session on any 401. */
export function useSessionSync() {
  const client = useQueryClient();
  const { data } = useMeQuery();
  useEffect(() => {
    if (data && data.locale !== currentLocale()) applyLocale(data.locale);
  }, [data]);
  useEffect(
    () =>
      onUnauthorized(() => {
        client.setQueryData(ME_KEY, null);
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      }),
    [client],
  );
}

export function useAuthActions() {
  const client = useQueryClient();

  const login = useCallback(
    async (username: string, password: string) => {
      let me = await api.post<Me>("/v1/auth/login", { username, password });
      // A language the user switched to on the login page (and still shows) is the latest wish: save it
      // to the account. Otherwise the account's saved language wins over whatever this browser showed.
      const picked = pickedLocale();
      if (picked && picked === currentLocale() && me.locale !== picked) {
        me = await api.patch<Me>("/v1/auth/preferences", { locale: picked }).catch(() => ({ ...me, locale: picked }));
      }
      client.removeQueries();
      client.setQueryData(ME_KEY, me);
      applyLocale(me.locale);
      return me;
    },
    [client],
  );

  const logout = useCallback(async () => {
    try {
      await api.post("/v1/auth/logout");
    } finally {
      client.removeQueries();
      client.setQueryData(ME_KEY, null);
    }
  }, [client]);

  const savePreferences = useCallback(
    async (prefs: { locale?: Locale; moneyUnit?: MoneyUnit }) => {
      const me = await api.patch<Me>("/v1/auth/preferences", prefs);
      client.setQueryData(ME_KEY, me);
      if (prefs.locale) applyLocale(me.locale);
      return me;
    },
    [client],
  );

  return { login, logout, savePreferences };
}

/**
 * Switches language: for a signed-in user the account remembers it; signed out, this browser does, and
 * the next sign-in in this tab saves it to the account.
 */
export function useSwitchLocale() {
  const { data } = useMeQuery();
  const { savePreferences } = useAuthActions();
  return useCallback(
    async (locale: Locale) => {
      applyLocale(locale);
      if (data) await savePreferences({ locale }).catch(() => undefined);
      else rememberPicked(locale);
    },
    [data, savePreferences],
  );
}
