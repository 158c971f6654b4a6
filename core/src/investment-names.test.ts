import { describe, expect, it } from "vitest";
import { normaliseCompanyName, sameInvestorName } from "./investment-names.js";

describe("normaliseCompanyName", () => {
  it("strips legal forms, groups and the country marker", () => {
    expect(normaliseCompanyName("泛华集团有限公司")).toBe("泛华");
    expect(normaliseCompanyName("泛华（中国）控股集团股份有限公司")).toBe("泛华");
    expect(normaliseCompanyName("泛华(中国)集团")).toBe("泛华");
    expect(normaliseCompanyName("步阳科技有限责任公司")).toBe("步阳");
    expect(normaliseCompanyName(" 安泰生物科技股份有限公司 ")).toBe("安泰生物");
  });

  it("handles full-width characters and Latin legal forms", () => {
    expect(normaliseCompanyName("ＡＢＣ Technology Co., Ltd.")).toBe("abc");
    expect(normaliseCompanyName("Foxconn Holdings Limited")).toBe("foxconn");
  });

  it("keeps different investors apart", () => {
    expect(sameInvestorName("步阳集团", "索福门业有限公司")).toBe(false);
    expect(sameInvestorName("顺和集团", "顺和物流有限公司")).toBe(false);
    expect(sameInvestorName("顺和集团", "顺和（中国）股份有限公司")).toBe(true);
  });

  it("never reduces a name to nothing", () => {
    expect(normaliseCompanyName("科技有限公司")).toBe("科技有限公司");
  });
});
