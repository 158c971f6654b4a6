/** The menu: one group per module, each entry shown only with its permission. */
import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import type { ReactNode } from "react";

export interface MenuEntry {
  path: string;
  /** i18n key under `menu.` */
  label: "home" | "zones" | "units" | "users" | "roles" | "tokens" | "audit";
  icon: ReactNode;
  permission?: string;
}

export interface MenuGroup {
  key: string;
  label: "platform";
  icon: ReactNode;
  entries: MenuEntry[];
}

export const HOME: MenuEntry = { path: "/", label: "home", icon: <DashboardOutlined /> };

export const MENU: MenuGroup[] = [
  {
    key: "/platform",
    label: "platform",
    icon: <SettingOutlined />,
    entries: [
      { path: "/zones", label: "zones", icon: <BankOutlined />, permission: "zones:read" },
      { path: "/units", label: "units", icon: <ApartmentOutlined />, permission: "units:read" },
      { path: "/users", label: "users", icon: <TeamOutlined />, permission: "users:read" },
      { path: "/roles", label: "roles", icon: <SafetyCertificateOutlined />, permission: "roles:read" },
      { path: "/tokens", label: "tokens", icon: <KeyOutlined />, permission: "tokens:manage" },
      { path: "/audit", label: "audit", icon: <AuditOutlined />, permission: "audit:read" },
    ],
  },
];

/** The entries a user may open, in menu order (the home page's quick links use them too). */
export function allowedEntries(can: (permission: string) => boolean): MenuEntry[] {
  return MENU.flatMap((g) => g.entries).filter((e) => !e.permission || can(e.permission));
}
