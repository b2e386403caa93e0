// `npm run db:seed [-- --demo] [-- --if-empty]`: loads the meeting content (idempotent). Demo
// delegations, accounts and the demo's story (notes, actions, positions, stances as of
// its workspace date: README "The demo") are added on the embedded database, or on a
// configured database only when --demo is given, so a production database never gets
// them by accident.
import { connectForScript } from "@/lib/db/connect-for-script";
import { seedContent } from "@/lib/seed/seed-content";
import { seedDemo } from "@/lib/seed/seed-demo";
import { seedDemoStory } from "@/lib/seed/seed-demo-story";
import { STORY_WORKSPACE_DATE } from "@/lib/seed/demo-story/story-time";
import { seedPlan } from "@/lib/seed/seed-plan";

async function main() {
  const conn = await connectForScript();
  const plan = seedPlan(process.argv.slice(2), conn.embedded);
  try {
    const db = conn.prisma();
    // `npm start` seeds only a brand-new database, so the secretariat's later edits
    // of the content are never overwritten by a restart.
    if (plan.onlyIfEmpty && (await db.meeting.count()) > 0) {
      console.log(`Database already seeded (${conn.target}).`);
      return;
    }
    await seedContent(db);
    console.log(`Seeded meeting content into ${conn.target}.`);
    if (plan.demo) {
      await seedDemo(db);
      console.log("Seeded demo delegations and accounts (password: demo-password-2013).");
      const started = Date.now();
      const story = await seedDemoStory(db);
      console.log(
        story.seeded
          ? `Seeded the demo's story: ${story.rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s.`
          : "The demo's story is already there.",
      );
      if (!conn.embedded && process.env.WORKSPACE_DATE !== STORY_WORKSPACE_DATE) {
        console.log(`The story is told as of ${STORY_WORKSPACE_DATE}: serve with WORKSPACE_DATE=${STORY_WORKSPACE_DATE} to see it that way.`);
      }
    }
  } finally {
    await conn.close();
  }
}

main().catch((error: unknown) => {
  console.error("Seeding failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
