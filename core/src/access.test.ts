import { describe, expect, it } from "vitest";
import { BUILTIN_ROLES, PERMISSIONS, scopeCovers, widestScope } from "./access.js";

describe("scopes and roles", () => {
  it("orders scopes from widest to narrowest", () => {
    expect(widestScope(["unit", "zone"])).toBe("zone");
    expect(widestScope(["enterprise"])).toBe("enterprise");
    expect(widestScope([])).toBe("enterprise");
    expect(scopeCovers("zone", "unit")).toBe(true);
    expect(scopeCovers("zone", "all")).toBe(false);
    expect(scopeCovers("region", "zone")).toBe(true);
  });

  it("has a built-in role for every persona, each with known permissions", () => {
    expect(BUILTIN_ROLES.map((r) => r.code)).toEqual(
      expect.arrayContaining([
        "admin",
        "zone-leader",
        "investment-officer",
        "economy-officer",
        "service-officer",
        "approval-officer",
        "supervision-officer",
        "project-secretary",
        "enterprise-user",
        "supervisor",
      ]),
    );
    for (const role of BUILTIN_ROLES) for (const p of role.permissions) expect(PERMISSIONS).toContain(p);
  });

  it("gives the supervisor no write permission", () => {
    const supervisor = BUILTIN_ROLES.find((r) => r.code === "supervisor");
    expect(supervisor?.permissions.some((p) => !p.endsWith(":read"))).toBe(false);
  });
});
