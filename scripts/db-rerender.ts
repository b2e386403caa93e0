// `npm run db:rerender`: re-renders stored Markdown HTML older than RENDERER_VERSION
// (lib/markdown/rerender.ts) without migrating. `npm run db:migrate` already does this
// after the migrations; this is for running it again, e.g. after a deploy that raised
// the renderer version while an older instance was still writing.
import { connectForScript } from "@/lib/db/connect-for-script";
import { rerenderStaleRows } from "@/lib/markdown/rerender";

async function main() {
  const conn = await connectForScript();
  try {
    const counts = await rerenderStaleRows(conn.sql, { log: (msg) => console.log(msg) });
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(total === 0 ? `Stored Markdown is up to date (${conn.target}).` : `Re-rendered ${total} row(s) in ${conn.target}.`);
  } finally {
    await conn.close();
  }
}

main().catch((error: unknown) => {
  console.error("Re-rendering failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
