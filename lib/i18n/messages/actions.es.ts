import type { actionsEn } from "./actions.en";
import type { Widen } from "./widen";

export const actionsEs: Widen<typeof actionsEn> = {
  navLabel: "Acciones",
};
