/**
 * 分期建设: a project built in phases (一期/二期) gives each its own investment and dates. A phase ends no
 * earlier than it starts, what happened is not in the future, and the phases together stay within the
 * project's total investment.
 */
export interface PhaseFacts {
  investmentYuan: string | null;
  plannedStartOn: string | null;
  plannedCompletionOn: string | null;
  actualStartOn: string | null;
  actualCompletionOn: string | null;
}

export type PhaseRefusal =
  | { field: "plannedCompletionOn" | "actualCompletionOn"; refusal: "endBeforeStart" }
  | { field: "actualStartOn" | "actualCompletionOn"; refusal: "dateInFuture" }
  | { field: "investmentYuan"; refusal: "exceedsTotal"; sumYuan: string };

/** Exact cents of a decimal yuan string, so sums never go through floats. */
export function cents(yuan: string): bigint {
  const [int = "0", frac = ""] = yuan.split(".");
  return BigInt(int) * 100n + BigInt(frac.padEnd(2, "0").slice(0, 2));
}

export function yuanOf(c: bigint): string {
  const whole = c / 100n;
  const rest = c % 100n;
  return rest === 0n ? String(whole) : `${whole}.${String(rest).padStart(2, "0")}`;
}

export function checkPhase(
  phase: PhaseFacts,
  today: string,
  otherPhasesYuan: (string | null)[],
  totalInvestmentYuan: string,
): PhaseRefusal[] {
  const refusals: PhaseRefusal[] = [];
  if (phase.plannedStartOn && phase.plannedCompletionOn && phase.plannedCompletionOn < phase.plannedStartOn)
    refusals.push({ field: "plannedCompletionOn", refusal: "endBeforeStart" });
  if (phase.actualStartOn && phase.actualCompletionOn && phase.actualCompletionOn < phase.actualStartOn)
    refusals.push({ field: "actualCompletionOn", refusal: "endBeforeStart" });
  for (const field of ["actualStartOn", "actualCompletionOn"] as const)
    if (phase[field] && (phase[field] as string) > today) refusals.push({ field, refusal: "dateInFuture" });
  if (phase.investmentYuan !== null) {
    const sum = [phase.investmentYuan, ...otherPhasesYuan].reduce((a, y) => a + (y ? cents(y) : 0n), 0n);
    if (sum > cents(totalInvestmentYuan))
      refusals.push({ field: "investmentYuan", refusal: "exceedsTotal", sumYuan: yuanOf(sum) });
  }
  return refusals;
}
