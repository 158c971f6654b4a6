/** Loads the demo zones, their units and the demo accounts (password `zoneos-demo`). */
import type { Db } from "../db/client.js";
import { roles, units, userRoles, users, zones } from "../modules/platform/tables.js";
import { hashPassword } from "../platform/passwords.js";
import { DEMO_USERS, DEMO_ZONES } from "./platform-data.js";

export const DEMO_PASSWORD = "zoneos-demo";

export interface DemoIds {
  zones: Map<string, string>;
  /** `zoneKey/unitKey` → unit id */
  units: Map<string, string>;
  users: Map<string, string>;
}

export async function loadPlatformDemo(db: Db): Promise<DemoIds> {
  const ids: DemoIds = { zones: new Map(), units: new Map(), users: new Map() };
  for (const z of DEMO_ZONES) {
    const { key, units: zoneUnits, ...fields } = z;
    const [zone] = await db.insert(zones).values(fields).returning({ id: zones.id });
    if (!zone) throw new Error(`zone ${key} not inserted`);
    ids.zones.set(key, zone.id);
    // Parents come before children in the data, so paths can be built in one pass.
    const paths = new Map<string, string>();
    for (const u of zoneUnits) {
      const id = crypto.randomUUID();
      const parentId = u.parentKey ? ids.units.get(`${key}/${u.parentKey}`) : null;
      const path = `${u.parentKey ? paths.get(u.parentKey) : ""}${id}/`;
      paths.set(u.key, path);
      ids.units.set(`${key}/${u.key}`, id);
      await db.insert(units).values({
        id,
        zoneId: zone.id,
        parentId: parentId ?? null,
        path,
        name: u.name,
        kind: u.kind,
        leaderName: u.leaderName ?? null,
        sort: u.sort,
      });
    }
  }
  // One hash for every demo account: they share the demo password.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const roleRows = await db.select({ id: roles.id, code: roles.code }).from(roles);
  const roleId = new Map(roleRows.map((r) => [r.code, r.id]));
  for (const u of DEMO_USERS) {
    const zoneId = u.zoneKey ? ids.zones.get(u.zoneKey) : null;
    const unitId = u.zoneKey && u.unitKey ? ids.units.get(`${u.zoneKey}/${u.unitKey}`) : null;
    const [row] = await db
      .insert(users)
      .values({
        username: u.username,
        name: u.name,
        phone: u.phone,
        zoneId: zoneId ?? null,
        unitId: unitId ?? null,
        regionCode: u.regionCode,
        passwordHash,
      })
      .returning({ id: users.id });
    if (!row) throw new Error(`user ${u.username} not inserted`);
    ids.users.set(u.username, row.id);
    await db.insert(userRoles).values(
      u.roleCodes.map((code) => {
        const id = roleId.get(code);
        if (!id) throw new Error(`unknown role ${code} for ${u.username}`);
        return { userId: row.id, roleId: id };
      }),
    );
  }
  return ids;
}
