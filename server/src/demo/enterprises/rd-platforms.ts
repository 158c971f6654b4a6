import { TRADE_WORDS } from "../enterprises-data.js";
import type { DemoEnterprise } from "./demo-enterprise.js";
import { hasHitech } from "./qualifications.js";
import type { ZoneBuilder } from "./zone-builder.js";

/**
 * R&D platforms, after the certificates so 高企 come first: enterprises with a provincial one (as counted by the
 * zone), then municipal ones.
 */
export function equipRdPlatforms(z: ZoneBuilder, list: DemoEnterprise[]): void {
  const { plan, rnd: r } = z;
  const synthetic = list.filter((e) => e.slot !== "named" && e.status === "operating" && e.rung !== "individual");
  const hasProvincial = (e: DemoEnterprise) => e.platforms.some((p) => p.level !== "municipal");
  const needProvincial = plan.rd.provincial - list.filter((e) => e.slot === "named" && hasProvincial(e)).length;
  const rdPool = r.shuffle(synthetic.filter((e) => e.slot === "above" || e.slot === "four"));
  rdPool.sort((a, b) => Number(hasHitech(b)) - Number(hasHitech(a)));
  const word = (e: DemoEnterprise) => (TRADE_WORDS[e.industry] ?? ["产品"])[0];
  // A field's 工程技术研究中心 exists once per province; 企业技术中心 carry the firm's name.
  const fields = new Set(list.flatMap((e) => e.platforms.map((p) => p.name)));
  rdPool.slice(0, needProvincial).forEach((e, i) => {
    const field = `${plan.province}${word(e)}工程技术研究中心`;
    const engineering = i % 2 === 0 && !fields.has(field);
    fields.add(field);
    e.platforms.push({
      kind: engineering ? "engineeringCenter" : "techCenter",
      level: "provincial",
      name: engineering ? field : `${e.name}技术中心`,
      approvedOn: r.day(r.int(2015, 2025), 9, 12),
    });
  });
  const needMunicipal =
    plan.rd.municipal -
    list.filter((e) => e.slot === "named" && e.platforms.some((p) => p.level === "municipal")).length;
  for (const e of rdPool.slice(needProvincial, needProvincial + Math.max(0, needMunicipal)))
    e.platforms.push({
      kind: "techCenter",
      level: "municipal",
      name: `${e.name}技术中心`,
      approvedOn: r.day(r.int(2016, 2025), 9, 12),
    });
}
