// Which roundtable of the High-level Dialogue each theme of the technical meeting
// follows up, as the ILO paper lines them up (its four TTM themes "pick up" the
// roundtable questions): the post-2015 agenda (RT1), protection of migrant workers
// (RT2), labour market needs and skills within labour mobility (RT4), and
// cooperation and social dialogue for regional mobility (RT3, RT4). The secretariat
// edits these in the admin area; the seed only adds the ones missing.
export const SEED_THEME_LINKS: Record<string, readonly string[]> = {
  "TTM-i": ["RT1"],
  "TTM-ii": ["RT2"],
  "TTM-iii": ["RT4"],
  "TTM-iv": ["RT3", "RT4"],
};
