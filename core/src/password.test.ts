import { describe, expect, it } from "vitest";
import { passwordProblems } from "./password.js";

describe("password rules", () => {
  it("accepts ten characters of three classes", () => {
    expect(passwordProblems("Zone2026-ok")).toEqual([]);
  });

  it("names every problem", () => {
    expect(passwordProblems("short1A")).toEqual(["tooShort"]);
    expect(passwordProblems("alllowercaseletters")).toEqual(["needsVariety"]);
    expect(passwordProblems("Yucheng-admin-2026", "yucheng-admin")).toEqual(["containsUsername"]);
    expect(passwordProblems("x".repeat(130))).toEqual(["tooLong", "needsVariety"]);
  });
});
