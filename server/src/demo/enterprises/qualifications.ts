/** Certificates (高企 with renewals and lapses, 科技型/创新型中小企业, 专精特新, 上市后备) and innovation figures. */
import { sectionOf } from "@zoneos/core/enterprise-scale";
import { DEMO_TODAY, type QualificationKind } from "../enterprises-data.js";
import { qualification } from "./certificates.js";
import { inForce, iso } from "./dates.js";
import { type DemoEnterprise, type DemoQualification, isIndustrial } from "./demo-enterprise.js";
import type { Rand } from "./seeded-random.js";
import type { ZoneBuilder } from "./zone-builder.js";

const TECH_SECTIONS = new Set(["I", "M"]);

const HITECH_ISSUES = [
  // Issued 2023-12: in force on DEMO_TODAY and expiring within 90 days (renewal reminders).
  (r: Rand) => iso(2023, 12, r.int(1, 15)),
  (r: Rand) => r.day(2024, 11, 12),
  (r: Rand) => r.day(2025, 11, 12),
];

export const hasHitech = (e: DemoEnterprise) => e.quals.some((x) => x.kind === "hitech" && inForce(x, DEMO_TODAY));

export function qualify(z: ZoneBuilder, list: DemoEnterprise[]): void {
  const { plan, rnd: r, build, regionCode } = z;
  const q = (kind: QualificationKind, issued: string | null, extra: Partial<DemoQualification> = {}) =>
    qualification(build, regionCode, kind, issued, extra);
  const synthetic = list.filter((e) => e.slot !== "named" && e.status === "operating" && e.rung !== "individual");
  const namedHitech = list.filter((e) => e.slot === "named" && hasHitech(e)).length;
  const techFirst = [
    ...r.shuffle(
      synthetic.filter(
        (e) => e.slot === "above" || (e.slot === "four" && TECH_SECTIONS.has(sectionOf(e.industry) ?? "")),
      ),
    ),
    ...r.shuffle(synthetic.filter((e) => e.slot === "candidate" || (e.slot === "rest" && isIndustrial(e.industry)))),
  ];
  const hitech = techFirst.slice(0, plan.hitech - namedHitech);
  if (hitech.length !== plan.hitech - namedHitech) throw new Error(`${plan.zone}: not enough firms for 高企`);
  hitech.forEach((e, i) => {
    const issued = (HITECH_ISSUES[i % HITECH_ISSUES.length] as (r: Rand) => string)(r);
    const year = Number(issued.slice(0, 4));
    // 高企 must have been registered a year or more.
    if (e.established > `${year - 1}${issued.slice(4)}`) e.established = r.day(year - r.int(2, 8));
    e.quals.push(q("hitech", issued));
    // Renewals: the previous certificate ran out the day the new one was issued.
    if (Number(e.established.slice(0, 4)) < year - 4 && r.chance(0.6))
      e.quals.push(q("hitech", r.day(year - 3, 11, 12)));
    e.innovation = {
      invention: r.int(2, 25),
      validInvention: 0,
      utility: r.int(10, 80),
      design: r.int(0, 10),
      talents: r.int(1, 8),
    };
    e.innovation.validInvention = e.innovation.invention - r.int(0, Math.floor(e.innovation.invention / 4));
    if (r.chance(0.4)) e.partners = [r.pick(plan.partners)];
  });
  // Lapsed certificates: one just ran out without renewal, others years ago.
  const others = techFirst.slice(hitech.length);
  others.slice(0, plan.lapsedHitech).forEach((e, i) => {
    const issued = i === 0 ? iso(2023, 11, r.int(1, 10)) : r.day(r.int(2019, 2022), 11, 12);
    if (e.established > `${Number(issued.slice(0, 4)) - 1}${issued.slice(4)}`)
      e.established = r.day(Number(issued.slice(0, 4)) - r.int(2, 6));
    e.quals.push(q("hitech", issued, { note: "未重新认定" }));
  });
  for (const e of list.filter((x) => x.slot !== "named" && !hasHitech(x) && x.rung !== "individual"))
    if (isIndustrial(e.industry) || r.chance(0.3))
      e.innovation = {
        invention: r.chance(0.3) ? r.int(1, 4) : 0,
        validInvention: 0,
        utility: r.int(0, e.slot === "above" ? 30 : 8),
        design: r.chance(0.2) ? r.int(1, 6) : 0,
        talents: r.int(0, e.slot === "above" ? 3 : 1),
      };
  for (const e of list) if (e.slot !== "named" && !hasHitech(e)) e.innovation.validInvention = e.innovation.invention;

  // 科技型中小企业 (yearly), 创新型中小企业 and 专精特新 (three years), 上市后备 (by tier).
  // Only firms registered before 2025, so a certificate never predates its holder.
  const smes = r.shuffle(synthetic.filter((e) => (e.employees ?? 0) <= 500 && e.established < "2025"));
  for (const e of smes.slice(0, plan.techSme)) {
    e.quals.push(q("techSme", r.day(2026, 3, 7)));
    if (r.chance(0.5)) e.quals.push(q("techSme", r.day(2025, 3, 7)));
  }
  for (const e of smes.slice(plan.techSme, plan.techSme + plan.innovativeSme))
    e.quals.push(q("innovativeSme", r.day(r.int(2024, 2025), 5, 9)));
  const strong = r.shuffle(synthetic.filter((e) => e.slot === "above"));
  strong.sort((a, b) => Number(hasHitech(b)) - Number(hasHitech(a)));
  for (const e of strong.slice(0, plan.srdiSme)) e.quals.push(q("srdiSme", r.day(r.int(2023, 2025), 6, 9)));
  for (const e of strong.slice(0, plan.littleGiant))
    e.quals.push(q("littleGiant", iso(2024, 7, r.int(1, 28)), { note: "国家级专精特新“小巨人”" }));
  const namedReserve = list.filter(
    (e) => e.slot === "named" && e.quals.some((x) => x.kind === "listingReserve"),
  ).length;
  for (const e of strong.slice(plan.srdiSme, plan.srdiSme + plan.listingReserve - namedReserve))
    e.quals.push(q("listingReserve", r.day(2025, 2, 5), { tier: r.pick(["市级上市后备企业", "省级上市后备企业"]) }));
}
