import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import type { Viewer } from "@/lib/auth/viewer";
import { parseBriefingOptions as parse, type TBriefingOptions } from "@/lib/briefing/options";
import { useAppDatabase } from "../support/app-database";
import { compactText, readPdf, streamBytes, type TPdfReading } from "../support/pdf-text";
import { DEMO_ACTORS, type TCanaryName, type TDemoActor } from "../authz/matrix";
import { buildDalWorld, expectOk, loadApp, plantPosition, SLUG, viewerOf, type TApp, type TDalWorld } from "../authz/dal-world";
import { THEMES } from "../authz/world-plan";
import { XSS_PAYLOADS } from "../../e2e/annotations/xss-payloads";

// The briefing pack (issue 13) against the authorisation matrix's world
// (test/authz/dal-world.ts: canaries planted in every scope and kind), plus canaries
// of its own: other groups' private material, a public note of the observers, a note
// hidden by moderation, a resolved and a deleted thread. Every pack is generated as a
// PDF and read back with PDF.js, so what is checked is the text a person can select
// and search in the file. Who should find what is written out by hand below, from
// the description of the pack — never derived from the code under test.

type TPackCanary =
  | TCanaryName
  | "employersDelegationNote"
  | "employersGroupNote"
  | "employersDraftPosition"
  | "observerPublicNote"
  | "hiddenPublicNote"
  | "resolvedLkNote"
  | "deletedLkNote"
  | "anchoredGroupNote";

const LK = ["headLk", "delegateLk", "adviserLk"] as const;
const GOVERNMENT = [...LK, "delegatePh"] as const;
const EVERYONE = DEMO_ACTORS;

/** Who finds each canary in their widest pack (every theme, resolved threads, group material). */
const EXPECTED: Record<TPackCanary, readonly TDemoActor[]> = {
  // Our delegation's notes and replies, in every scope; our group's notes and replies.
  noteDelegation: LK,
  noteGroup: GOVERNMENT,
  replyDelegation: LK,
  replyGroup: GOVERNMENT,
  anchoredGroupNote: GOVERNMENT,
  // A public note is in its own delegation's and group's packs, and in the public pack;
  // not in other groups' packs (theirs hold their own and their group's notes).
  noteAll: [...GOVERNMENT, "secretariat"],
  observerPublicNote: ["observer", "secretariat"],
  // Open actions: title, assignee and due date — never descriptions or comments.
  actionDelegation: LK,
  actionGroup: GOVERNMENT,
  actionDelegationDescription: [],
  actionDelegationComment: [],
  actionGroupDescription: [],
  actionGroupComment: [],
  // The group's position in any status; delivered positions for everyone; no history.
  positionDraft: GOVERNMENT,
  positionAgreed: GOVERNMENT,
  positionDelivered: EVERYONE,
  positionDeliveredHistory: [],
  // Our stance; the group sees only counts of the others'.
  stanceDraft: LK,
  stanceDelivered: LK,
  auditDelegation: [],
  // Another group's private material stays with it.
  employersDelegationNote: ["headIoe"],
  employersGroupNote: ["headIoe"],
  employersDraftPosition: ["headIoe"],
  // Hidden by moderation or deleted: in nobody's pack, the secretariat's included.
  hiddenPublicNote: [],
  deletedLkNote: [],
  // Resolved threads are in the widest pack, of the delegation that wrote them.
  resolvedLkNote: LK,
};

const WIDEST: TBriefingOptions = { themes: [], resolved: true, scope: "group" };

let app: TApp;
let world: TDalWorld;
let canaries: Record<TPackCanary, string>;
let cleanup: () => Promise<void>;
let briefing: typeof import("@/lib/dal/briefing");
let pdf: typeof import("@/lib/briefing/pdf/render-briefing");
let translator: typeof import("@/lib/i18n/translator");
const widest = new Map<TDemoActor, TPdfReading>();

async function viewer(actor: TDemoActor): Promise<Viewer> {
  const v = await viewerOf(app, world, actor);
  if (!v) throw new Error(`no viewer for ${actor}`);
  return v;
}

async function packPdf(actor: TDemoActor, options: TBriefingOptions = WIDEST, locale: "en" | "fr" | "es" = "en") {
  const pack = await briefing.loadBriefingForViewer(await viewer(actor), SLUG, options);
  if (!pack) throw new Error(`no pack for ${actor}`);
  const bytes = await streamBytes(await pdf.renderBriefingPdf(pack, translator.createTranslator(locale)));
  return { pack, bytes, reading: await readPdf(bytes) };
}

const has = (reading: TPdfReading, name: TPackCanary) => reading.compact.includes(compactText(canaries[name]));

async function plantPackCanaries(): Promise<Record<TPackCanary, string>> {
  const mark = (label: string) => `CANARY-${label.toUpperCase()}-${randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}`;
  const own = {
    employersDelegationNote: mark("employersdelegationnote"),
    employersGroupNote: mark("employersgroupnote"),
    employersDraftPosition: mark("employersdraftposition"),
    observerPublicNote: mark("observerpublicnote"),
    hiddenPublicNote: mark("hiddenpublicnote"),
    resolvedLkNote: mark("resolvedlknote"),
    deletedLkNote: mark("deletedlknote"),
    anchoredGroupNote: mark("anchoredgroupnote"),
  };
  const headIoe = await viewer("headIoe");
  const observer = await viewer("observer");
  const delegatePh = await viewer("delegatePh");
  const delegateLk = await viewer("delegateLk");
  const secretariat = await viewer("secretariat");
  const themeId = world.themeIds.read;
  const note = async (who: Viewer, scope: "DELEGATION" | "GROUP" | "ALL", body: string, anchor: unknown = null) =>
    expectOk(await app.notes.createAnnotation(who, { themeId, body, scope, tags: "", anchor }), `note ${body}`).id;

  await note(headIoe, "DELEGATION", `Employers only ${own.employersDelegationNote}`);
  await note(headIoe, "GROUP", `Employers group ${own.employersGroupNote}`);
  await plantPosition(app, headIoe, SLUG, THEMES.read, [`Employers draft ${own.employersDraftPosition}`], "DRAFT");
  await note(observer, "ALL", `Observers' view ${own.observerPublicNote}`);
  const hidden = await note(delegatePh, "ALL", `Moderated ${own.hiddenPublicNote}`);
  expectOk(await app.notes.setAnnotationHidden(secretariat, { annotationId: hidden, hidden: "true" }), "hide");
  const resolved = await note(delegateLk, "DELEGATION", `Settled question ${own.resolvedLkNote}`);
  expectOk(await app.notes.setAnnotationResolved(delegateLk, { annotationId: resolved, resolved: "true" }), "resolve");
  const deleted = await note(delegateLk, "DELEGATION", `Withdrawn ${own.deletedLkNote}`);
  expectOk(await app.notes.deleteAnnotation(delegateLk, { annotationId: deleted }), "delete");
  // A note on a passage of the background: its paragraph is marked with its number.
  const paragraph = await app.db.themeParagraph.findFirstOrThrow({ where: { themeId, position: 2 }, select: { id: true, text: true } });
  const quote = "recruitment fees";
  const start = paragraph.text.indexOf(quote);
  await note(delegatePh, "GROUP", `On fees ${own.anchoredGroupNote}`, { paragraphId: paragraph.id, start, end: start + quote.length, quote });
  return { ...world.canaries, ...own };
}

beforeAll(async () => {
  cleanup = await useAppDatabase();
  app = await loadApp();
  world = await buildDalWorld(app);
  canaries = await plantPackCanaries();
  briefing = await import("@/lib/dal/briefing");
  pdf = await import("@/lib/briefing/pdf/render-briefing");
  translator = await import("@/lib/i18n/translator");
  for (const actor of DEMO_ACTORS) widest.set(actor, (await packPdf(actor)).reading);
}, 600_000);
afterAll(async () => cleanup?.());

describe("[briefing] each pack holds exactly what its viewer may see", () => {
  it("generates a pack for eight viewers: every delegation role, every group and the secretariat", () => {
    expect(DEMO_ACTORS).toHaveLength(8);
    expect([...widest.keys()]).toEqual(DEMO_ACTORS);
  });

  it("every canary reaches exactly the packs the issue describes", () => {
    const found = Object.fromEntries(
      (Object.keys(EXPECTED) as TPackCanary[]).map((name) => [name, DEMO_ACTORS.filter((actor) => has(widest.get(actor)!, name))]),
    );
    expect(found).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([name, actors]) => [name, [...actors]])));
  });

  it("nobody without a session gets a viewer, so nobody without one gets a pack", async () => {
    expect(await viewerOf(app, world, "anonymous")).toBeNull();
    expect(await viewerOf(app, world, "deactivated")).toBeNull();
  });

  it("a meeting the viewer may not see has no pack (a 404)", async () => {
    expect(await briefing.loadBriefingForViewer(await viewer("headLk"), "no-such-meeting", WIDEST)).toBeNull();
  });

  it("marks each pack by the most private material it holds", () => {
    const marking = (actor: TDemoActor) => widest.get(actor)!.pages[0]!;
    expect(marking("headLk")).toContain("CONFIDENTIAL — GOVERNMENT OF SRI LANKA");
    expect(marking("headIoe")).toContain("CONFIDENTIAL — INTERNATIONAL ORGANISATION OF EMPLOYERS");
    // The Philippines wrote nothing of their own delegation's here: group material only.
    expect(marking("delegatePh")).toContain("GOVERNMENTS GROUP ONLY");
    expect(marking("secretariat")).toContain("PUBLIC — ALL PARTICIPANTS");
    // …and every page says it.
    const lk = widest.get("headLk")!;
    expect(lk.pages.every((page) => page.includes("Confidential — Government of Sri Lanka"))).toBe(true);
  });
});

describe("[briefing] the PDF", () => {
  it("is A4, in the viewer's language, with an outline per theme and annex and numbered pages", async () => {
    const lk = widest.get("headLk")!;
    expect(lk.pageSize).toEqual({ width: 595, height: 842 });
    expect(lk.language).toBe("en");
    const themes = Object.values(THEMES).map((code) => `${code} — Theme ${code}`);
    expect(lk.outline).toEqual(["Contents", ...themes, "Annex A — Open and overdue actions", "Annex B — Instruments"]);
    expect(lk.pages.at(-1)).toContain(`Page ${lk.pages.length} of ${lk.pages.length}`);
    expect(lk.info.Title).toBe(`Briefing pack — Authorisation matrix ${SLUG}`);
    // The contents give each theme's page, and that page starts with the theme.
    const contents = lk.pages[1]!;
    for (const heading of themes) {
      const page = Number(new RegExp(`${heading}\\s*(\\d+)`).exec(contents)?.[1]);
      expect(lk.pages[page - 1], heading).toContain(heading);
    }
  });

  it("embeds its fonts (no standard font is referenced)", async () => {
    const { bytes } = await packPdf("headLk", { ...WIDEST, themes: [THEMES.read] });
    const raw = Buffer.from(bytes).toString("latin1");
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it("marks the paragraph a note is anchored to, and numbers the note", () => {
    const ph = widest.get("delegatePh")!;
    const theme = ph.pages.find((page) => page.includes(`${THEMES.read} — Theme ${THEMES.read}`) && page.includes("Background"))!;
    expect(compactText(theme)).toContain(compactText("Our note 1 A second paragraph about recruitment fees"));
  });

  it("a French viewer gets a French pack: headings, labels and dates", async () => {
    const { reading } = await packPdf("headLk", WIDEST, "fr");
    expect(reading.language).toBe("fr");
    expect(reading.outline[0]).toBe("Sommaire");
    expect(reading.outline.at(-1)).toBe("Annexe B — Instruments");
    for (const words of ["Dossier d'information", "Questions ouvertes", "Position de notre groupe", "Confidentiel — Government of Sri Lanka", "2–3 mai 2013", "Échéance", "Page 1 sur"]) {
      expect(reading.text, words).toContain(words);
    }
    expect(reading.text).not.toContain("Open questions");
  });

  it("a Spanish viewer gets a Spanish pack", async () => {
    const { reading } = await packPdf("delegatePh", WIDEST, "es");
    for (const words of ["Dossier informativo", "Cuestiones abiertas", "Solo para el grupo Gobiernos", "Página 1 de"]) expect(reading.text, words).toContain(words);
  });
});

describe("[briefing] the options change the contents", () => {
  it("themes: only the chosen themes, in the contents and the outline", async () => {
    const { reading } = await packPdf("headLk", { ...WIDEST, themes: [THEMES.noteDelegation] });
    expect(reading.outline).toEqual(["Contents", `${THEMES.noteDelegation} — Theme ${THEMES.noteDelegation}`, "Annex A — Open and overdue actions", "Annex B — Instruments"]);
    expect(has(reading, "noteDelegation")).toBe(true);
    expect(has(reading, "noteGroup")).toBe(false);
    expect(has(reading, "positionDraft")).toBe(false);
    // The annex lists every open action of the meeting, whatever the themes chosen.
    expect(has(reading, "actionDelegation")).toBe(true);
  });

  it("resolved threads: left out unless asked for", async () => {
    const { reading, pack } = await packPdf("headLk", { ...WIDEST, resolved: false });
    expect(has(reading, "resolvedLkNote")).toBe(false);
    expect(has(reading, "noteDelegation")).toBe(true);
    expect(reading.text).not.toContain("Resolved threads");
    expect(pack.themes.every((t) => t.resolvedThreads.length === 0)).toBe(true);
    expect(has(widest.get("headLk")!, "resolvedLkNote")).toBe(true);
  });

  it("delegation only: our own material, no group-scope notes, actions, drafts or counts", async () => {
    const { reading, pack } = await packPdf("headLk", { ...WIDEST, scope: "delegation" });
    for (const name of ["noteDelegation", "noteAll", "replyDelegation", "actionDelegation", "positionDelivered", "stanceDraft"] as const) expect(has(reading, name), name).toBe(true);
    for (const name of ["noteGroup", "replyGroup", "anchoredGroupNote", "actionGroup", "positionDraft", "positionAgreed"] as const) expect(has(reading, name), name).toBe(false);
    expect(pack.themes.every((t) => t.groupStances === null)).toBe(true);
    expect(reading.text).not.toContain("How our group stands");
    // The Philippines' delegation-only pack holds none of Sri Lanka's notes, public ones included.
    const ph = await packPdf("delegatePh", { ...WIDEST, scope: "delegation" });
    for (const name of ["noteAll", "noteGroup", "positionDraft"] as const) expect(has(ph.reading, name), name).toBe(false);
    expect(has(ph.reading, "positionDelivered")).toBe(true);
    expect(ph.reading.pages[0]).toContain("PUBLIC — ALL PARTICIPANTS");
  });

  it("the secretariat's pack is public whatever it asks for", async () => {
    const { pack, reading } = await packPdf("secretariat", { ...WIDEST, scope: "delegation" });
    expect(pack.audience).toBeNull();
    expect(pack.actions).toEqual([]);
    expect(has(reading, "noteAll")).toBe(true);
    expect(has(reading, "positionDelivered")).toBe(true);
    expect(reading.text).toContain("Public pack for all participants");
    expect(reading.text).not.toContain("Our group's position");
  });
});

describe("[briefing] hostile and very long notes", () => {
  // Each a real note, stored through the app's own service (its Markdown rendered and
  // sanitised as every note is), on a theme of its own.
  const longWord = "Ж".repeat(4_000) + "x".repeat(6_000);
  const bodies = {
    longWord,
    longProse: "Un texte très long, écrit sans retenue ; ".repeat(240),
    deepQuotes: `${"> ".repeat(200)}deep\n\n${Array.from({ length: 60 }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n")}`,
    wideTable: `| ${Array.from({ length: 80 }, (_, i) => `c${i}`).join(" | ")} |\n|${" --- |".repeat(80)}\n| ${"v | ".repeat(80)}`,
    scripts: "עברית العربية 中文 😀 e\u0301 \u202Eevil\u202C",
  };

  it("neither break the PDF nor put anything in it but text", async () => {
    const lk = await viewer("delegateLk");
    const themeId = world.themeIds.annotate;
    for (const body of [...Object.values(bodies), ...XSS_PAYLOADS]) {
      expectOk(await app.notes.createAnnotation(lk, { themeId, body, scope: "DELEGATION", tags: "", anchor: null }), body.slice(0, 40));
    }
    const cpu = process.cpuUsage();
    const { bytes, reading, pack } = await packPdf("headLk", { ...WIDEST, themes: [THEMES.annotate] });
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    expect(pack.themes[0]!.openThreads).toHaveLength(Object.keys(bodies).length + XSS_PAYLOADS.length);
    expect(cpuSeconds).toBeLessThan(10);

    // Every note is there, as text: the long word whole once its invisible breaks are gone.
    expect(reading.compact).toContain(compactText(longWord));
    expect(reading.compact).toContain(compactText("Un texte très long, écrit sans retenue ;".repeat(3)));
    expect(reading.compact).toContain("deep");
    expect(reading.compact).toContain("level59");
    expect(reading.compact).toContain("c79");
    // What was written as markup is printed as the characters typed.
    expect(reading.text).toContain("<script>alert(1)</script>");
    expect(reading.text).toContain("<img src=x onerror=alert(1)>");

    // Nothing but text, fonts and internal links: no scripts, actions, forms, files or web links.
    const raw = Buffer.from(bytes).toString("latin1");
    for (const key of ["/JavaScript", "/JS", "/Launch", "/OpenAction", "/AA", "/URI", "/SubmitForm", "/ImportData", "/EmbeddedFile", "/RichMedia", "/XFA"]) {
      expect(raw.includes(`${key} `) || raw.includes(`${key}(`) || raw.includes(`${key}<`) || raw.includes(`${key}/`), key).toBe(false);
    }
  }, 120_000);
});

describe("[briefing] done means: head.lk@gov.demo downloads the High-level Dialogue pack", () => {
  it("holds the four roundtables, Sri Lanka's and the government group's notes and position, and nothing private of anyone else", async () => {
    const [headLk, delegatePh, headIoe, headItuc] = [await viewer("headLk"), await viewer("delegatePh"), await viewer("headIoe"), await viewer("headItuc")];
    const rt = Object.fromEntries(
      (await app.db.theme.findMany({ where: { meeting: { slug: "hld-2013" } }, select: { id: true, code: true } })).map((t) => [t.code, t.id]),
    );
    const mark = (label: string) => `HLD-${label}-${randomUUID().slice(0, 8).toUpperCase()}`;
    const c = {
      lkNote: mark("LKNOTE"),
      groupNote: mark("GROUPNOTE"),
      position: mark("POSITION"),
      employersNote: mark("EMPLOYERSNOTE"),
      ioeNote: mark("IOENOTE"),
      employersPosition: mark("EMPLOYERSPOSITION"),
      workersDelivered: mark("WORKERSDELIVERED"),
      workersDraft: mark("WORKERSDRAFT"),
    };
    const note = async (who: Viewer, themeId: string, scope: "DELEGATION" | "GROUP", body: string) =>
      expectOk(await app.notes.createAnnotation(who, { themeId, body, scope, tags: "", anchor: null }), body);
    await note(headLk, rt.RT1!, "DELEGATION", `Sri Lanka's brief ${c.lkNote}`);
    await note(delegatePh, rt.RT2!, "GROUP", `For the governments ${c.groupNote}`);
    await note(headIoe, rt.RT2!, "GROUP", `For the employers ${c.employersNote}`);
    await note(headIoe, rt.RT3!, "DELEGATION", `For the IOE ${c.ioeNote}`);
    await plantPosition(app, headLk, "hld-2013", "RT1", [`Governments hold ${c.position}`], "AGREED");
    await plantPosition(app, headIoe, "hld-2013", "RT1", [`Employers draft ${c.employersPosition}`], "DRAFT");
    await plantPosition(app, headItuc, "hld-2013", "RT1", [`Workers delivered ${c.workersDelivered}`], "DELIVERED");
    await plantPosition(app, headItuc, "hld-2013", "RT2", [`Workers draft ${c.workersDraft}`], "AGREED");

    const pack = await briefing.loadBriefingForViewer(headLk, "hld-2013", parse(new URLSearchParams()));
    const reading = await readPdf(await streamBytes(await pdf.renderBriefingPdf(pack!, translator.createTranslator("en"))));
    expect(reading.outline.filter((title) => /^RT[1-4] — /.test(title)).map((title) => title.slice(0, 3))).toEqual(["RT1", "RT2", "RT3", "RT4"]);
    const found = (text: string) => reading.compact.includes(compactText(text));
    expect([c.lkNote, c.groupNote, c.position, c.workersDelivered].filter((t) => !found(t))).toEqual([]);
    expect([c.employersNote, c.ioeNote, c.employersPosition, c.workersDraft].filter(found)).toEqual([]);
    // The paper's footnote markers stay in the background, with the notes they cite.
    expect(reading.text).toContain("Notes to the text");
    expect(pack!.themes.find((t) => t.code === "RT2")!.sourceNotes.map((n) => n.number)).toEqual([7, 8, 9, 10, 11]);
    expect(reading.compact).toContain("[7]");
  });

  it("counts an action overdue by the workspace's calendar, and stamps the real time it was generated", async () => {
    const headLk = await viewer("headLk");
    const validation = app.actionValidation;
    const rt1 = await app.db.theme.findFirstOrThrow({ where: { code: "RT1", meeting: { slug: "hld-2013" } }, select: { id: true } });
    const title = `Brief the minister ${randomUUID().slice(0, 8)}`;
    expectOk(await app.actionWrites.createActionForViewer(headLk, validation.ZActionCreateInput.parse({ title, scope: "DELEGATION", themeId: rt1.id, dueOn: "2013-09-10" })), "action");
    const generatedAt = new Date("2026-12-01T09:30:00Z");
    const packOn = async (day: string) => {
      const pack = await briefing.loadBriefingForViewer(headLk, "hld-2013", { ...WIDEST, themes: ["RT1"] }, { generatedAt, calendarNow: new Date(`${day}T12:00:00Z`) });
      return { pack: pack!, action: pack!.actions.find((a) => a.title === title)! };
    };
    const before = await packOn("2013-09-09");
    const after = await packOn("2013-09-16");
    expect([before.action.overdue, after.action.overdue]).toEqual([false, true]);
    expect(after.pack.themes[0]!.actions.find((a) => a.title === title)?.overdue).toBe(true);
    const reading = await readPdf(await streamBytes(await pdf.renderBriefingPdf(after.pack, translator.createTranslator("en"))));
    expect(reading.text).toMatch(new RegExp(`${title}[^\\n]*Overdue`));
    expect(reading.pages[0]).toContain("Dec 1, 2026, 9:30 AM UTC");
  });
});
