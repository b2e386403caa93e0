import type { positionsEn } from "./positions.en";
import type { Widen } from "./widen";

export const positionsFr: Widen<typeof positionsEn> = {
  navLabel: "Positions",
};
