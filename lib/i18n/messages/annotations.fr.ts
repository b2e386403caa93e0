import type { annotationsEn } from "./annotations.en";
import type { Widen } from "./widen";

export const annotationsFr: Widen<typeof annotationsEn> = {
  navLabel: "Notes",
};
