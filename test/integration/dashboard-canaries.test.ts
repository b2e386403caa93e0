// The secretariat's readiness view (page data and CSV) carries counts and statuses
// only: no note, reply, position or stance text, no stance value, no action. Canary
// strings are planted in every kind of private material, beside the demo's story,
// and none may come out; nor may any text of the story itself. A delegation's own
// dashboard carries no other delegation's private material either.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";

const before = process.env.WORKSPACE_DATE;
process.env.WORKSPACE_DATE = "2013-09-16";

const canary = (label: string) => `canary-${label}-${randomBytes(6).toString("hex")}`;
const CANARIES = {
  delegationNote: canary("delegation-note"),
  groupNote: canary("group-note"),
  reply: canary("reply"),
  positionDraft: canary("position-draft"),
  positionAgreed: canary("position-agreed"),
  stanceNote: canary("stance-note"),
  actionTitle: canary("action-title"),
  actionComment: canary("action-comment"),
};

let cleanup: () => Promise<void>;
let db: typeof import("@/lib/db").db;
let secretariat: Viewer;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  const { seedDemoStory } = await import("@/lib/seed/seed-demo-story");
  await seedDemoStory(db);
  secretariat = await viewerFor("secretariat@ilo.demo");
  const lk = await viewerFor("head.lk@gov.demo");
  const ituc = await viewerFor("head.ituc@workers.demo");
  const rt2 = await db.theme.findFirstOrThrow({ where: { code: "RT2" }, select: { id: true, meetingId: true } });
  const ttm = await db.theme.findFirstOrThrow({ where: { code: "TTM-ii" }, select: { id: true } });
  const note = (viewer: Viewer, scope: "DELEGATION" | "GROUP", body: string) =>
    db.annotation.create({ data: { themeId: rt2.id, authorId: viewer.userId, delegationId: viewer.delegation!.id, group: viewer.delegation!.group, scope, body, bodyHtml: `<p>${body}</p>` } });
  const private1 = await note(lk, "DELEGATION", CANARIES.delegationNote);
  await note(ituc, "GROUP", CANARIES.groupNote);
  await db.annotationReply.create({ data: { annotationId: private1.id, authorId: lk.userId, delegationId: lk.delegation!.id, body: CANARIES.reply, bodyHtml: `<p>${CANARIES.reply}</p>` } });
  await db.groupPosition.create({ data: { themeId: ttm.id, group: "WORKERS", status: "DRAFT", body: CANARIES.positionDraft, bodyHtml: `<p>${CANARIES.positionDraft}</p>`, revision: 1 } });
  await db.groupPosition.create({ data: { themeId: ttm.id, group: "GOVERNMENT", status: "AGREED", body: CANARIES.positionAgreed, bodyHtml: `<p>${CANARIES.positionAgreed}</p>`, revision: 2 } });
  await db.stance.upsert({
    where: { themeId_delegationId: { themeId: ttm.id, delegationId: ituc.delegation!.id } },
    create: { themeId: ttm.id, delegationId: ituc.delegation!.id, value: "OPPOSE", note: CANARIES.stanceNote, setById: ituc.userId },
    update: { value: "OPPOSE", note: CANARIES.stanceNote },
  });
  const action = await db.followUpAction.create({
    data: { title: CANARIES.actionTitle, scope: "DELEGATION", group: "WORKERS", delegationId: ituc.delegation!.id, creatorId: ituc.userId, assigneeId: ituc.userId, themeId: rt2.id, meetingId: rt2.meetingId, dueOn: new Date("2013-09-12T00:00:00Z") },
  });
  await db.actionComment.create({ data: { actionId: action.id, authorId: ituc.userId, delegationId: ituc.delegation!.id, body: CANARIES.actionComment, bodyHtml: `<p>${CANARIES.actionComment}</p>` } });
}, 120_000);
afterAll(async () => {
  await cleanup?.();
  if (before === undefined) delete process.env.WORKSPACE_DATE;
  else process.env.WORKSPACE_DATE = before;
});

/** Every string a value holds, one a line: what a page built from it could show. */
function stringsOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object") return Object.values(value).map(stringsOf).join("\n");
  return String(value);
}

/** The readiness data's strings, and its CSV in each language with quotes unescaped. */
async function secretariatOutputs(): Promise<string[]> {
  const { loadReadiness } = await import("@/lib/dal/dashboard-readiness");
  const { readinessCsv } = await import("@/lib/dashboard/readiness-csv");
  const { createTranslator } = await import("@/lib/i18n/translator");
  const readiness = (await loadReadiness(secretariat))!;
  return [stringsOf(readiness), ...(["en", "fr", "es"] as const).map((locale) => readinessCsv(readiness, createTranslator(locale)).replace(/""/g, '"'))];
}

describe("[dashboard] canaries: the secretariat's readiness view holds counts only", () => {
  it("carries none of the planted private texts, in its data or its CSV in any language", async () => {
    for (const output of await secretariatOutputs()) {
      for (const [kind, text] of Object.entries(CANARIES)) expect(output, kind).not.toContain(text);
    }
  });

  it("carries no text of any note, reply, position, stance or action of the story, and no stance value", async () => {
    const texts = await db.$queryRawUnsafe<{ text: string }[]>(
      `SELECT body AS text FROM "Annotation" UNION ALL SELECT body FROM "AnnotationReply" UNION ALL SELECT body FROM "GroupPosition"
       UNION ALL SELECT body FROM "PositionRevision" UNION ALL SELECT note FROM "Stance" WHERE note <> '' UNION ALL SELECT title FROM "FollowUpAction"
       UNION ALL SELECT body FROM "ActionComment"`,
    );
    expect(texts.length).toBeGreaterThan(150);
    const outputs = await secretariatOutputs();
    for (const output of outputs) {
      for (const { text } of texts) expect(output.includes(text), text.slice(0, 60)).toBe(false);
      for (const value of ["SUPPORT", "OPPOSE", "UNDECIDED", "Support with amendments", "Oppose", "Undecided"]) expect(output, value).not.toContain(value);
    }
  });

  it("still counts what the canaries added: one more group position and one more stance, never what they say", async () => {
    const { loadReadiness } = await import("@/lib/dal/dashboard-readiness");
    const readiness = (await loadReadiness(secretariat))!;
    const ttm2 = readiness.meetings.find((m) => m.slug === "ttm-2013")!.themes.find((t) => t.code === "TTM-ii")!;
    expect(ttm2.positions).toMatchObject({ WORKERS: "DRAFT", GOVERNMENT: "AGREED" });
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM "Stance" s JOIN "Delegation" d ON d.id = s."delegationId" JOIN "Theme" t ON t.id = s."themeId" WHERE t.code = 'TTM-ii' AND d."group" = 'WORKERS'`,
    );
    expect(ttm2.stances.WORKERS).toBe(row!.n);
  });
});

describe("[dashboard] canaries: a delegation's dashboard holds only what its members may read", () => {
  it.each([
    ["head.ioe@employers.demo", Object.values(CANARIES)],
    ["delegate.ph@gov.demo", [CANARIES.groupNote, CANARIES.positionDraft, CANARIES.stanceNote, CANARIES.actionTitle, CANARIES.actionComment, CANARIES.delegationNote, CANARIES.reply]],
    ["head.ituc@workers.demo", [CANARIES.delegationNote, CANARIES.reply, CANARIES.positionAgreed]],
    ["observer.iom@observers.demo", Object.values(CANARIES)],
  ])("%s", async (email, hidden) => {
    const { loadDelegationDashboard } = await import("@/lib/dal/dashboard");
    const output = stringsOf(await loadDelegationDashboard(await viewerFor(email)));
    for (const text of hidden) expect(output).not.toContain(text);
  });

  it("shows the workers' own overdue action to the workers, so the check above can fail", async () => {
    const { loadDelegationDashboard } = await import("@/lib/dal/dashboard");
    const output = stringsOf(await loadDelegationDashboard(await viewerFor("head.ituc@workers.demo")));
    expect(output).toContain(CANARIES.actionTitle);
  });
});
