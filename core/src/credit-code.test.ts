import { describe, expect, it } from "vitest";
import { creditCodeCheckChar, creditCodeProblem, isValidCreditCode } from "./credit-code.js";

const REAL = ["91440300708461136T", "91110108551385082Q", "91310000132149237G", "91350100M000100Y43"];
const CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it.each(REAL)("accepts the published code %s", (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it("accepts lower case and surrounding spaces as the same code", () => {
    expect(isValidCreditCode(" 91350100m000100y43 ")).toBe(true);
  });

  it("refuses every single-character change of every published code", () => {
    for (const code of REAL) {
      for (let i = 0; i < code.length; i++) {
        for (const c of CHARSET) {
          if (c === code[i]) continue;
          const changed = code.slice(0, i) + c + code.slice(i + 1);
          expect(isValidCreditCode(changed), changed).toBe(false);
        }
      }
    }
  });

  it("names what is wrong", () => {
    expect(creditCodeProblem("9144030070846113")).toBe("length");
    expect(creditCodeProblem("91440300708461136I")).toBe("charset");
    expect(creditCodeProblem("91440300708461146T")).toBe("orgCheck");
    expect(creditCodeProblem("91440300708461136U")).toBe("check");
  });

  it("computes the check character of the first 17", () => {
    expect(creditCodeCheckChar("91440300708461136")).toBe("T");
    expect(creditCodeCheckChar("91350100M000100Y4")).toBe("3");
  });
});
