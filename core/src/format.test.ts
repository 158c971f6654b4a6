import { describe, expect, it } from "vitest";
import { formatArea, formatDate, formatMoney, formatMonth, shiftDecimal, toYuan } from "./format.js";

describe("money", () => {
  it("shows yuan in 亿元 and 万元 exactly, rounding half away from zero", () => {
    expect(formatMoney("10560000000", "yi")).toBe("105.60亿元");
    expect(formatMoney("4986000000", "yi")).toBe("49.86亿元");
    expect(formatMoney("123456789.50", "wan")).toBe("12,345.68万元");
    expect(formatMoney("5000", "wan")).toBe("0.50万元");
    expect(formatMoney("-15000", "wan", "zh-CN", 1)).toBe("-1.5万元");
    expect(formatMoney("49", "wan")).toBe("0.00万元");
    expect(formatMoney("1234567", "yuan", "en-US", 0)).toBe("1,234,567 yuan");
    expect(formatMoney(null, "wan")).toBe("—");
  });

  it("never goes through floating point", () => {
    // 0.1 + 0.2 style inputs stay exact: 99999999999999999.99 yuan is 999999999.9999999999 亿元
    expect(shiftDecimal("99999999999999999.99", 8, 4)).toBe("1000000000.0000");
    expect(shiftDecimal("0.005", 0, 2)).toBe("0.01");
    expect(shiftDecimal("-0.004", 0, 2)).toBe("0.00");
  });

  it("converts entered 万元 and 亿元 back to yuan", () => {
    expect(toYuan("105.6", "yi")).toBe("10560000000");
    expect(toYuan("1.2345", "wan")).toBe("12345");
    expect(toYuan("0.5", "yuan")).toBe("0.50");
  });
});

describe("area and dates", () => {
  it("formats 亩 and 平方公里", () => {
    expect(formatArea("13.1500", "km2")).toBe("13.15平方公里");
    expect(formatArea(1500, "mu")).toBe("1,500亩");
    expect(formatArea("8.6", "km2", "en-US")).toBe("8.6 km²");
  });

  it("formats months as YYYY年M月", () => {
    expect(formatMonth("2023-06-01")).toBe("2023年6月");
    expect(formatMonth("2023-11-01", "en-US")).toBe("Nov 2023");
    expect(formatDate("2016-06-09")).toBe("2016年6月9日");
    expect(formatMonth(null)).toBe("—");
  });
});
