// Interface text of the annotations feature (English). annotations.fr.ts and annotations.es.ts mirror it.
export const annotationsEn = {
  navLabel: "Notes",
};
