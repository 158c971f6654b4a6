import { describe, expect, it } from "vitest";
import { cellText, parseFigure, wanToYuan } from "./report-workbook.js";

describe("workbook cells", () => {
  it("moves 万元 to yuan exactly", () => {
    expect(wanToYuan("1234.5678")).toBe("12345678");
    expect(wanToYuan("0.000001")).toBe("0.01");
    expect(wanToYuan("12.34567")).toBe("123456.7");
    expect(wanToYuan("-3.5")).toBe("-35000");
    expect(wanToYuan("0")).toBe("0");
    expect(wanToYuan("007.1")).toBe("71000");
  });
  it("drops a double's noise but keeps what was typed", () => {
    expect(cellText(1000 + 12811 / 100)).toBe("1128.11");
    expect(cellText(0.1 + 0.2)).toBe("0.3");
    expect(cellText("1,234.5")).toBe("1234.5");
    expect(cellText({ result: 42 })).toBe("42");
    expect(cellText(null)).toBeNull();
  });
  it("parses figures in their units and refuses what cannot be stored", () => {
    expect(parseFigure("output", "1128.11")).toEqual({ value: "11281100" });
    expect(parseFigure("energy", "12.3450")).toEqual({ value: "12.345" });
    expect(parseFigure("profit", "-2.5")).toEqual({ value: "-25000" });
    expect(parseFigure("tax", "-2.5")).toMatchObject({ problem: { zh: "不能为负数" } });
    expect(parseFigure("employees", "12.5")).toMatchObject({ problem: { zh: "最多 0 位小数" } });
    expect(parseFigure("output", "abc")).toMatchObject({ problem: { zh: "不是数字" } });
  });
});
