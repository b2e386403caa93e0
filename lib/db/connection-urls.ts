// Which connection does what (README, "Database roles"). DATABASE_URL is what the app
// connects with — on a production database, a role that owns nothing. The migration
// runner, the seed and the other scripts connect as the owner of the tables:
// MIGRATION_DATABASE_URL, or DATABASE_URL when only one is given. Neither set → the
// embedded database. An empty value counts as unset, as everywhere in the scripts.

type Env = Record<string, string | undefined>;

const set = (value: string | undefined) => (value ? value : undefined);

/** The app's connection, or undefined for the embedded database. */
export function appDatabaseUrl(env: Env = process.env): string | undefined {
  return set(env.DATABASE_URL);
}

/** The owner's connection (migrations, seed, roles), or undefined for the embedded database. */
export function ownerDatabaseUrl(env: Env = process.env): string | undefined {
  return set(env.MIGRATION_DATABASE_URL) ?? set(env.DATABASE_URL);
}

/** Names a target without echoing a password from the URL. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL ${u.username ? `${decodeURIComponent(u.username)}@` : ""}${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "PostgreSQL (unparseable URL)";
  }
}
