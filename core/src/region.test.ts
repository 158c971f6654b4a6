import { describe, expect, it } from "vitest";
import { parentRegionCode, regionContains, regionLevel, regionPrefix } from "./region.js";

describe("GB/T 2260 codes", () => {
  it("derives level, parent and prefix", () => {
    expect(regionLevel("410000")).toBe("province");
    expect(regionLevel("411400")).toBe("city");
    expect(regionLevel("411425")).toBe("county");
    expect(parentRegionCode("411425")).toBe("411400");
    expect(parentRegionCode("411400")).toBe("410000");
    expect(parentRegionCode("410000")).toBeNull();
    expect(regionPrefix("410000")).toBe("41");
    expect(regionPrefix("411700")).toBe("4117");
  });

  it("knows which region lies in which", () => {
    expect(regionContains("410000", "411725")).toBe(true);
    expect(regionContains("411400", "411425")).toBe(true);
    expect(regionContains("411400", "411725")).toBe(false);
    expect(regionContains("410000", "371702")).toBe(false);
  });
});
