/**
 * The signed-in frame: ProLayout with the permitted menu (a drawer on a phone, closed again by any
 * navigation), the user's zone and unit, the language switch and the user menu.
 */
import { LogoutOutlined, MenuOutlined, UserOutlined } from "@ant-design/icons";
import { ProLayout } from "@ant-design/pro-components";
import { App, Dropdown, Grid, Typography } from "antd";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router-dom";
import { Logo } from "../ui/Logo";
import { useAuthActions, useCan, useMe } from "./auth";
import { LanguageSwitch } from "./LanguageSwitch";
import { entryVisible, HOME, MENU } from "./menu";
import "./shell.css";

/** Menu group keys: they open and close their group, they are no page to link to. */
const GROUP_KEYS = new Set(MENU.map((g) => g.key));

export default function ShellWithApp() {
  return (
    <App>
      <Shell />
    </App>
  );
}

function Shell() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const { logout } = useAuthActions();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  // On a phone: closes the drawer menu (ProLayout's own collapse, caught from its render props).
  const closeDrawer = useRef<(() => void) | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: any navigation (menu, logo, back button) closes the drawer
  useEffect(() => {
    closeDrawer.current?.();
  }, [location.pathname]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: i18n.language re-labels the menu on a language switch
  const route = useMemo(
    () => ({
      path: "/",
      children: [
        { path: HOME.path, name: t(`menu.${HOME.label}`), icon: HOME.icon },
        ...MENU.map((group) => ({
          path: group.key,
          name: t(`menu.${group.label}`),
          icon: group.icon,
          children: group.entries
            .filter((e) => entryVisible(e, can, me.scope))
            .map((e) => ({ path: e.path, name: t(`menu.${e.label}`), icon: e.icon })),
        })).filter((g) => g.children.length > 0),
      ],
    }),
    [t, can, me.scope, i18n.language],
  );

  const where = [me.zoneName, me.unitName].filter(Boolean).join(" · ") || me.regionName || t("home.platformWide");
  // Below a wide desktop the header is tight: the zone's short name, the full names on hover.
  const shortWhere = screens.xl
    ? where
    : [me.zoneShortName || me.zoneName, me.unitName].filter(Boolean).join(" · ") || where;

  return (
    <ProLayout
      className="shell"
      title={t("app.name")}
      logo={<Logo size={28} />}
      layout="mix"
      fixSiderbar
      fixedHeader
      siderWidth={216}
      locale={i18n.language === "en-US" ? "en-US" : "zh-CN"}
      pageTitleRender={false}
      location={{ pathname: location.pathname }}
      route={route}
      menu={{ locale: false, defaultOpenAll: true, ignoreFlatMenu: true }}
      token={{
        header: { colorBgHeader: "#0f3f86", colorHeaderTitle: "#fff", colorTextRightActionsItem: "#fff" },
        pageContainer: { paddingBlockPageContainerContent: 16, paddingInlinePageContainerContent: 16 },
      }}
      onMenuHeaderClick={() => navigate("/")}
      headerRender={(props, defaultDom) => {
        closeDrawer.current = props.isMobile ? () => props.onCollapse?.(true) : null;
        if (!props.isMobile) return defaultDom;
        // ProLayout's own phone toggle is a bare <span>: a real button takes its place (shell.css hides it).
        return (
          <div className="shell-mobile-header">
            <button
              type="button"
              className="shell-menu-button"
              aria-label={t("menu.toggle")}
              aria-expanded={!props.collapsed}
              onClick={() => props.onCollapse?.(!props.collapsed)}
              data-testid="menu-toggle"
            >
              <MenuOutlined aria-hidden />
            </button>
            {defaultDom}
          </div>
        );
      }}
      headerTitleRender={(logo, _title, props) => (
        <a
          href="/"
          onClick={(e) => {
            e.preventDefault();
            navigate("/");
          }}
          className="shell-title"
        >
          {logo}
          {!props?.collapsed || props.isMobile ? <h1>ZoneOS</h1> : null}
          {!props?.isMobile && <span className="shell-title-full">{t("app.fullName")}</span>}
        </a>
      )}
      menuItemRender={(item, dom) =>
        item.path && !GROUP_KEYS.has(item.path) ? (
          <Link
            to={item.path}
            // In the phone drawer, choosing an entry closes the drawer (item.onClick collapses the menu).
            onClick={item.isMobile ? item.onClick : undefined}
            data-testid={`menu-${item.path.slice(1) || "home"}`}
          >
            {dom}
          </Link>
        ) : (
          dom
        )
      }
      actionsRender={(props) => [
        props.isMobile ? null : (
          <Typography.Text key="where" className="shell-where" data-testid="header-where" title={where} ellipsis>
            {shortWhere}
          </Typography.Text>
        ),
        <LanguageSwitch key="lang" />,
      ]}
      avatarProps={{
        icon: <UserOutlined />,
        size: "small",
        title: <span data-testid="header-user">{me.name}</span>,
        render: (_props, dom) => (
          <Dropdown
            trigger={["click"]}
            menu={{
              items: [
                { key: "profile", icon: <UserOutlined />, label: t("menu.profile") },
                { type: "divider" },
                { key: "logout", icon: <LogoutOutlined />, label: t("menu.logout"), danger: true },
              ],
              onClick: async ({ key }) => {
                if (key === "profile") navigate("/profile");
                if (key === "logout") {
                  await logout().catch((e: Error) => message.error(e.message));
                  navigate("/login", { replace: true });
                }
              },
            }}
          >
            <button type="button" className="shell-user" data-testid="user-menu" aria-label={t("menu.profile")}>
              {dom}
            </button>
          </Dropdown>
        ),
      }}
    >
      <div className="shell-content">
        <Outlet />
      </div>
    </ProLayout>
  );
}
