import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import type { Viewer } from "@/lib/auth/viewer";
import type { Scope } from "@/lib/generated/prisma/enums";

// The visibility matrix of notes (DESIGN.md, "Who sees what"): for each scope of a
// note written by delegate.lk (Government of Sri Lanka), which demo account can list
// it on the theme page, read it at its own address, reply, edit, delete and resolve.
// Anything not allowed must look exactly like a note that does not exist.

let db: typeof import("@/lib/db").db;
let notes: typeof import("@/lib/services/annotations-notes");
let replies: typeof import("@/lib/services/annotations-replies");
let dal: typeof import("@/lib/dal/annotations");
let cleanup: () => Promise<void>;

const ACCOUNTS = {
  secretariat: "secretariat@ilo.demo",
  headLk: "head.lk@gov.demo",
  delegateLk: "delegate.lk@gov.demo",
  adviserLk: "adviser.lk@gov.demo",
  delegatePh: "delegate.ph@gov.demo",
  headIoe: "head.ioe@employers.demo",
  headItuc: "head.ituc@workers.demo",
  observerIom: "observer.iom@observers.demo",
} as const;
type TAccount = keyof typeof ACCOUNTS;

const viewers = {} as Record<TAccount, Viewer>;
let theme: { id: string; code: string; meeting: { slug: string }; paragraphs: { id: string; position: number; text: string }[] };

beforeAll(async () => {
  cleanup = await useAppDatabase();
  ({ db } = await import("@/lib/db"));
  notes = await import("@/lib/services/annotations-notes");
  replies = await import("@/lib/services/annotations-replies");
  dal = await import("@/lib/dal/annotations");
  for (const [key, email] of Object.entries(ACCOUNTS)) viewers[key as TAccount] = await viewerFor(email);
  theme = await db.theme.findFirstOrThrow({
    where: { code: "RT2", meeting: { slug: "hld-2013" } },
    select: { id: true, code: true, meeting: { select: { slug: true } }, paragraphs: { orderBy: { position: "asc" }, select: { id: true, position: true, text: true } } },
  });
});
afterAll(async () => cleanup?.());

async function writeNote(scope: Scope, body = `Matrix note ${scope} ${Math.random()}`) {
  const p = theme.paragraphs[1]!;
  const start = 10;
  const result = await notes.createAnnotation(viewers.delegateLk, {
    themeId: theme.id,
    body,
    scope,
    tags: "matrix",
    anchor: { paragraphId: p.id, start, end: start + 20, quote: p.text.slice(start, start + 20) },
  });
  if (!result.ok) throw new Error(`could not write the note: ${JSON.stringify(result)}`);
  return result.value.id;
}

const READERS: Record<Scope, TAccount[]> = {
  DELEGATION: ["headLk", "delegateLk", "adviserLk"],
  GROUP: ["headLk", "delegateLk", "adviserLk", "delegatePh"],
  ALL: ["secretariat", "headLk", "delegateLk", "adviserLk", "delegatePh", "headIoe", "headItuc", "observerIom"],
};

/** The table: what each account may do with delegate.lk's note of each scope. */
const MATRIX = (["DELEGATION", "GROUP", "ALL"] as const).flatMap((scope) =>
  (Object.keys(ACCOUNTS) as TAccount[]).map((account) => {
    const reads = READERS[scope].includes(account);
    const member = ["headLk", "delegateLk", "adviserLk"].includes(account);
    return {
      scope,
      account,
      list: reads,
      read: reads,
      // Everyone who reads may reply, except the secretariat, which writes no notes.
      reply: reads && account !== "secretariat",
      edit: account === "delegateLk",
      // The author, and the head of the author's delegation.
      delete: account === "delegateLk" || account === "headLk",
      // The author's delegation closes its own threads.
      resolve: member,
    };
  }),
);

type TOperation = "list" | "read" | "reply" | "edit" | "delete" | "resolve";

const OPERATIONS: Record<TOperation, (viewer: Viewer, scope: Scope) => Promise<boolean>> = {
  list: async (viewer, scope) => {
    const id = await sharedNote(scope);
    const loaded = await dal.loadThemeNotes(viewer, theme, JSON.stringify({ tag: "matrix", scope }));
    const listed = loaded.notes.some((n) => n.id === id) || Object.hasOwn(loaded.highlightNotes, id);
    // Listing and highlighting must agree.
    expect(Object.hasOwn(loaded.highlightNotes, id)).toBe(listed);
    return listed;
  },
  read: async (viewer, scope) => (await dal.findNoteForViewer(viewer, "hld-2013", "RT2", await sharedNote(scope))) !== null,
  reply: async (viewer, scope) => (await replies.replyToAnnotation(viewer, { annotationId: await sharedNote(scope), body: "A reply" })).ok,
  edit: async (viewer, scope) => {
    const id = await writeNote(scope);
    return (await notes.editAnnotation(viewer, { annotationId: id, version: 1, body: "Edited", tags: "matrix" })).ok;
  },
  delete: async (viewer, scope) => (await notes.deleteAnnotation(viewer, { annotationId: await writeNote(scope) })).ok,
  resolve: async (viewer, scope) =>
    (await notes.setAnnotationResolved(viewer, { annotationId: await writeNote(scope), resolved: "true" })).ok,
};

const shared = new Map<Scope, Promise<string>>();
function sharedNote(scope: Scope): Promise<string> {
  if (!shared.has(scope)) shared.set(scope, writeNote(scope, `Shared ${scope} note`));
  return shared.get(scope)!;
}

const CASES = MATRIX.flatMap((row) =>
  (Object.keys(OPERATIONS) as TOperation[]).map((operation) => ({ ...row, operation, allowed: row[operation] })),
);

describe("[annotations] visibility matrix", () => {
  it("has at least 60 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
  });

  it.each(CASES)("$scope note by delegate.lk: $account may $operation → $allowed", async ({ scope, account, operation, allowed }) => {
    expect(await OPERATIONS[operation](viewers[account], scope)).toBe(allowed);
  });

  it("answers a refused action exactly like a note that does not exist", async () => {
    const id = await writeNote("DELEGATION");
    const hidden = await notes.deleteAnnotation(viewers.headIoe, { annotationId: id });
    const missing = await notes.deleteAnnotation(viewers.headIoe, { annotationId: "00000000-0000-4000-8000-000000000000" });
    const visibleButNotTheirs = await notes.deleteAnnotation(viewers.adviserLk, { annotationId: id });
    expect(hidden).toEqual({ ok: false, notFound: true });
    expect(missing).toEqual(hidden);
    expect(visibleButNotTheirs).toEqual(hidden);
    expect(await replies.replyToAnnotation(viewers.delegatePh, { annotationId: id, body: "x" })).toEqual(hidden);
  });
});
