import type { actionsEn } from "./actions.en";
import type { Widen } from "./widen";

export const actionsFr: Widen<typeof actionsEn> = {
  navLabel: "Actions",
};
