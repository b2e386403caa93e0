// The briefing pack stays bounded (issue 13): its data costs a fixed number of
// statements whatever the number of themes and notes, and a pack with every theme of
// the High-level Dialogue and 500 notes (with replies, Markdown and anchors) is read,
// laid out and written as a PDF within 5 s of CPU time and 200 MB of memory on the
// 2-core machine. CPU time rather than wall-clock time: the machine is shared while
// tests run, and the bound is on the work the pack costs, not on the neighbours. The
// wall-clock figure over HTTP is the benchmark's (scripts/bench/briefing.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import type { TBriefingOptions } from "@/lib/briefing/options";
import { renderBody } from "@/lib/markdown/stored";
import { useAppDatabase } from "../support/app-database";
import { viewerFor } from "../support/viewers";
import { readPdf, streamBytes } from "../support/pdf-text";
import { installCountingClient, type TCountingClient } from "../support/counting-client";

const MEETING = "hld-2013";
const WIDEST: TBriefingOptions = { themes: [], resolved: true, scope: "group" };

let cleanup: () => Promise<void>;
let client: PrismaClient;
let counter: TCountingClient;
let viewer: Viewer;
let briefing: typeof import("@/lib/dal/briefing");
let pdf: typeof import("@/lib/briefing/pdf/render-briefing");
let translator: typeof import("@/lib/i18n/translator");
let written = 0;

/** `count` more notes spread over the meeting's themes, as a busy week of preparation writes them. */
async function addNotes(count: number) {
  const themes = await client.theme.findMany({
    where: { meeting: { slug: MEETING } },
    orderBy: { position: "asc" },
    select: { id: true, paragraphs: { orderBy: { position: "asc" }, select: { id: true, text: true } } },
  });
  const people = await client.user.findMany({
    where: { email: { in: ["head.lk@gov.demo", "delegate.lk@gov.demo", "adviser.lk@gov.demo", "delegate.ph@gov.demo"] } },
    select: { id: true, email: true, delegationId: true },
  });
  const lk = people.filter((p) => p.email.endsWith("lk@gov.demo"));
  const notes = Array.from({ length: count }, (_, k) => {
    const i = written + k;
    const theme = themes[i % themes.length]!;
    const scope = (["DELEGATION", "GROUP", "ALL"] as const)[i % 3]!;
    const author = scope === "DELEGATION" ? lk[i % lk.length]! : people[i % people.length]!;
    const paragraph = theme.paragraphs[i % Math.max(1, theme.paragraphs.length)];
    const anchored = paragraph && i % 4 !== 0 && paragraph.text.length > 60;
    const body =
      `Note ${i}: ${"what this passage means for **our delegation**, and what we should *ask* in the room. ".repeat(1 + (i % 5))}` +
      `\n\n- first point on [C189](https://www.ilo.org/c189)\n- second point\n\n> as the paper says`;
    return {
      themeId: theme.id,
      authorId: author.id,
      delegationId: author.delegationId!,
      group: "GOVERNMENT" as const,
      scope,
      body,
      ...renderBody(body),
      tags: [],
      paragraphId: anchored ? paragraph.id : null,
      quoteExact: anchored ? paragraph.text.slice(10, 50) : null,
      quotePrefix: anchored ? paragraph.text.slice(0, 10) : null,
      quoteSuffix: anchored ? paragraph.text.slice(50, 82) : null,
      positionStart: anchored ? 10 : null,
      positionEnd: anchored ? 50 : null,
      resolvedAt: i % 6 === 5 ? new Date() : null,
      createdAt: new Date(Date.UTC(2013, 8, 1) + i * 60_000),
    };
  });
  const created = await client.annotation.createManyAndReturn({ data: notes, select: { id: true, delegationId: true } });
  const replyBody = "Agreed — with one *nuance* on the timing.";
  await client.annotationReply.createMany({
    data: created.flatMap((note) =>
      [0, 1].map((r) => ({ annotationId: note.id, authorId: people[r]!.id, delegationId: people[r]!.delegationId!, body: replyBody, ...renderBody(replyBody) })),
    ),
  });
  written += count;
}

async function statementsOfOnePack(): Promise<number> {
  counter.reset();
  const pack = await briefing.loadBriefingForViewer(viewer, MEETING, WIDEST);
  expect(pack?.themes).toHaveLength(4);
  return counter.statements().length;
}

let small = 0;
let large = 0;

beforeAll(async () => {
  cleanup = await useAppDatabase();
  counter = installCountingClient();
  client = counter.client;
  briefing = await import("@/lib/dal/briefing");
  pdf = await import("@/lib/briefing/pdf/render-briefing");
  translator = await import("@/lib/i18n/translator");
  viewer = await viewerFor("head.lk@gov.demo");
  await addNotes(40);
  small = await statementsOfOnePack();
  await addNotes(460);
  large = await statementsOfOnePack();
}, 300_000);
afterAll(async () => cleanup?.());

describe("[briefing] bounded generation", () => {
  it("reads a pack in the same few statements at 40 and at 500 notes", () => {
    expect(large).toBe(small);
    // Meeting and themes, notes with replies, actions, key figures, stance counts, delegations.
    expect(large).toBeLessThanOrEqual(6);
  });

  it("every theme and 500 notes: within 5 s of CPU time and 200 MB, every note printed", async () => {
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 10);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const pack = await briefing.loadBriefingForViewer(viewer, MEETING, WIDEST);
    const bytes = await streamBytes(await pdf.renderBriefingPdf(pack!, translator.createTranslator("en")));
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    clearInterval(sampler);
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const megabytes = (rssPeak - rssBefore) / 2 ** 20;
    console.info(`briefing pack, 4 themes, 500 notes, 1000 replies: ${Math.round(wall)} ms wall, ${cpuSeconds.toFixed(2)} s CPU, +${Math.round(megabytes)} MB RSS, ${bytes.length} bytes`);

    const notes = pack!.themes.flatMap((t) => [...t.openThreads, ...t.resolvedThreads]);
    expect(notes).toHaveLength(500);
    const reading = await readPdf(bytes);
    expect(reading.text).toContain("Note 499:");
    expect(reading.outline.filter((title) => /^RT[1-4] — /.test(title))).toHaveLength(4);
    expect(cpuSeconds).toBeLessThanOrEqual(5);
    expect(megabytes).toBeLessThanOrEqual(200);
  });
});
