import { describe, expect, it } from "vitest";
import { grams, normaliseForSearch } from "./search-grams.js";

describe("search grams", () => {
  it("splits a name into overlapping pairs, ignoring spaces and brackets", () => {
    expect(grams("步长 制药")).toEqual(["步长", "长制", "制药"]);
    expect(normaliseForSearch("山东步长制药（集团）有限公司")).toBe("山东步长制药集团有限公司");
  });

  it("gives a query's grams a subset of the name's", () => {
    const name = new Set(grams("山东步长制药股份有限公司"));
    for (const g of grams("步长制药")) expect(name.has(g)).toBe(true);
    expect(grams("步").length).toBe(0);
  });

  it("treats initials the same way", () => {
    expect(grams("SDBCZY")).toEqual(["sd", "db", "bc", "cz", "zy"]);
  });
});
