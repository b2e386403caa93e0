import type { positionsEn } from "./positions.en";
import type { Widen } from "./widen";

export const positionsEs: Widen<typeof positionsEn> = {
  navLabel: "Posiciones",
};
