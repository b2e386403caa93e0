// What `npm run db:seed` writes, from its arguments and the database it reaches: the
// meeting content always; the demo (delegations, accounts and the story) on the
// embedded database, and on a configured database only when --demo asks for it, so
// a production database never gets demo accounts by accident.
export type TSeedPlan = { onlyIfEmpty: boolean; demo: boolean };

export function seedPlan(argv: readonly string[], embedded: boolean): TSeedPlan {
  return { onlyIfEmpty: argv.includes("--if-empty"), demo: embedded || argv.includes("--demo") };
}
