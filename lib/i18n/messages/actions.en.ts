// Interface text of the actions feature (English). actions.fr.ts and actions.es.ts mirror it.
export const actionsEn = {
  navLabel: "Actions",
};
