/** Qualification records with the numbers and validity their kind carries; numbering runs over all zones. */
import type { QualificationKind } from "../enterprises-data.js";
import { validUntil } from "./dates.js";
import type { Build, DemoQualification } from "./demo-enterprise.js";

function nextCert(build: Build, key: string): number {
  const n = (build.certs.get(key) ?? 0) + 1;
  build.certs.set(key, n);
  return n;
}

function hitechNo(build: Build, regionCode: string, issued: string): string {
  const year = issued.slice(0, 4);
  const province = regionCode.slice(0, 2);
  return `GR${year}${province}0${String(100 + nextCert(build, `GR${year}${province}`) * 7).padStart(5, "0")}`;
}

export function qualification(
  build: Build,
  regionCode: string,
  kind: QualificationKind,
  issued: string | null,
  extra: Partial<DemoQualification> = {},
): DemoQualification {
  const years = ["hitech", "srdiSme", "srdiProvincial", "littleGiant", "innovativeSme", "gazelle"].includes(kind)
    ? 3
    : 0;
  let certificateNo: string | null = null;
  let expiresOn: string | null = null;
  if (issued && years) expiresOn = validUntil(issued, years);
  if (issued && kind === "techSme") expiresOn = `${issued.slice(0, 4)}-12-31`;
  if (issued && kind === "hitech") certificateNo = hitechNo(build, regionCode, issued);
  if (issued && kind === "techSme")
    certificateNo = `${issued.slice(0, 4)}${regionCode}${String(nextCert(build, `T${issued.slice(0, 4)}${regionCode}`)).padStart(8, "0")}`;
  return {
    kind,
    certificateNo,
    issuedOn: issued,
    expiresOn,
    board: null,
    stockCode: null,
    tier: null,
    note: null,
    ...extra,
  };
}
