// How a group's delegations stand on a theme, as counts for the matrix and the theme
// panel: one number per stance, how many have not recorded one, and the widths of a
// small stacked bar. The bar only repeats the numbers, which are always shown as text.
export const STANCE_ORDER = ["SUPPORT", "SUPPORT_WITH_AMENDMENTS", "OPPOSE", "UNDECIDED"] as const;
export type TStanceValue = (typeof STANCE_ORDER)[number];

export type TStanceSummary = {
  counts: Record<TStanceValue, number>;
  recorded: number;
  /** Delegations of the group that have not recorded a stance. */
  missing: number;
  total: number;
  /** Percent of `total` per stance, for the bar; sums to at most 100. */
  shares: Record<TStanceValue, number>;
};

export function summarizeStances(values: readonly TStanceValue[], delegationsInGroup: number): TStanceSummary {
  return summarizeStanceCounts(values.map((value) => ({ value, count: 1 })), delegationsInGroup);
}

/** The same from counts per value, as a GROUP BY in the database returns them. */
export function summarizeStanceCounts(counted: readonly { value: TStanceValue; count: number }[], delegationsInGroup: number): TStanceSummary {
  const counts = { SUPPORT: 0, SUPPORT_WITH_AMENDMENTS: 0, OPPOSE: 0, UNDECIDED: 0 };
  for (const { value, count } of counted) counts[value] += count;
  const recorded = counts.SUPPORT + counts.SUPPORT_WITH_AMENDMENTS + counts.OPPOSE + counts.UNDECIDED;
  // Never fewer delegations than stances (a delegation may have been deactivated
  // after recording one).
  const total = Math.max(delegationsInGroup, recorded);
  const share = (n: number) => (total === 0 ? 0 : Math.round((n / total) * 1000) / 10);
  return {
    counts,
    recorded,
    missing: total - recorded,
    total,
    shares: {
      SUPPORT: share(counts.SUPPORT),
      SUPPORT_WITH_AMENDMENTS: share(counts.SUPPORT_WITH_AMENDMENTS),
      OPPOSE: share(counts.OPPOSE),
      UNDECIDED: share(counts.UNDECIDED),
    },
  };
}
