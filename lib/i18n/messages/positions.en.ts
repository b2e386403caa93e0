// Interface text of the positions feature (English). positions.fr.ts and positions.es.ts mirror it.
export const positionsEn = {
  navLabel: "Positions",
};
