import { Grid } from "antd";

/** Below antd's `md` breakpoint (768px): phone layout: full-width drawers, stacked forms. */
export function useIsMobile(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md === false;
}

/** Drawer width that fits the screen: the given width on a desktop, the whole screen on a phone. */
export function useDrawerWidth(width = 560): number | string {
  return useIsMobile() ? "100%" : width;
}
