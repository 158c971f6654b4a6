import { describe, expect, it } from "vitest";
import { checkLeadTransition, leadMoves, nextLeadStages, pipelineIndex } from "./investment-stages.js";

describe("lead stages", () => {
  it("lets early stages skip ahead up to the review and step back one", () => {
    expect(nextLeadStages("clue")).toEqual(["contact", "inspection", "negotiation", "review", "onHold", "lost"]);
    expect(nextLeadStages("inspection")).toContain("contact");
    expect(checkLeadTransition("clue", "negotiation")).toEqual({ ok: true });
    expect(checkLeadTransition("clue", "signed")).toMatchObject({ ok: false, refusal: "notAllowed" });
  });

  it("refuses 签约 without a passed review and a contract", () => {
    expect(checkLeadTransition("review", "signed", {})).toMatchObject({
      refusal: "needsPassedReview",
      field: "review",
    });
    expect(checkLeadTransition("review", "signed", { reviewDecision: "rejected", hasContract: true })).toMatchObject({
      refusal: "reviewRejected",
    });
    expect(checkLeadTransition("review", "signed", { reviewDecision: "passed" })).toMatchObject({
      refusal: "needsContract",
    });
    expect(checkLeadTransition("review", "signed", { reviewDecision: "conditional", hasContract: true }).ok).toBe(true);
  });

  it("needs the enterprise for 注册落地 and the project for 转项目", () => {
    expect(checkLeadTransition("signed", "registered", {})).toMatchObject({ refusal: "needsEnterprise" });
    expect(checkLeadTransition("signed", "registered", { enterpriseId: "e" }).ok).toBe(true);
    expect(checkLeadTransition("registered", "converted", { enterpriseId: "e" })).toMatchObject({
      refusal: "needsProject",
    });
    expect(checkLeadTransition("signed", "converted", { projectId: "p" })).toMatchObject({
      refusal: "needsEnterprise",
    });
    expect(checkLeadTransition("converted", "lost", { reason: "x" })).toMatchObject({ refusal: "terminal" });
  });

  it("holds and loses with a reason, and resumes where it was held", () => {
    expect(checkLeadTransition("negotiation", "onHold", {})).toMatchObject({ refusal: "needsReason" });
    expect(checkLeadTransition("negotiation", "onHold", { reason: "资金未落实" }).ok).toBe(true);
    expect(nextLeadStages("onHold", "negotiation")).toEqual(["negotiation", "lost"]);
    expect(checkLeadTransition("onHold", "negotiation", { heldFrom: "negotiation" }).ok).toBe(true);
    expect(checkLeadTransition("onHold", "review", { heldFrom: "negotiation" }).ok).toBe(false);
    expect(nextLeadStages("lost")).toEqual([]);
  });

  it("stops a contested or yielded claim before the review", () => {
    expect(checkLeadTransition("negotiation", "review", { claim: "contested" })).toMatchObject({
      refusal: "claimContested",
    });
    expect(checkLeadTransition("clue", "contact", { claim: "contested" }).ok).toBe(true);
    expect(checkLeadTransition("clue", "contact", { claim: "yielded" })).toMatchObject({ refusal: "claimYielded" });
    expect(checkLeadTransition("clue", "lost", { claim: "yielded", reason: "让渡" }).ok).toBe(true);
  });

  it("lists every move with its refusal for the board", () => {
    const moves = leadMoves("review", { reviewDecision: null });
    expect(moves.find((m) => m.to === "signed")).toEqual({ to: "signed", ok: false, refusal: "needsPassedReview" });
    expect(moves.find((m) => m.to === "onHold")?.ok).toBe(true);
    expect(pipelineIndex("onHold", "inspection")).toBe(2);
  });
});
