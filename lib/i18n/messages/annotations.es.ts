import type { annotationsEn } from "./annotations.en";
import type { Widen } from "./widen";

export const annotationsEs: Widen<typeof annotationsEn> = {
  navLabel: "Notas",
};
