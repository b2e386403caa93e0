import "server-only";
// The briefing pack as a PDF, drawn with pdfkit: A4, DejaVu Sans embedded (subset),
// selectable text, the document's language set, an outline entry (bookmark) and a
// named destination per theme and annex, a contents page whose entries link to them
// with their page numbers, and on every page the marking and "Page n of N".
//
// Why pdfkit (not @react-pdf/renderer, itself built on a fork of pdfkit): its
// outline, destinations and buffered pages are direct APIs, so the contents page is
// filled in once the themes are laid out, in one pass; no second React renderer runs
// inside the server; and it writes the file as a Node stream. Pages are buffered
// until the end (the contents and "of N" need the page count), then streamed out.
//
// Bodies come from the stored safe HTML through lib/briefing/html-blocks.ts; no
// Markdown is parsed and nothing in a body becomes anything but text.
import { Readable } from "node:stream";
import PDFDocument from "pdfkit";
import type { Translator } from "@/lib/i18n/translator";
import { STANCE_ORDER } from "@/lib/positions/stance-summary";
import { htmlToBlocks } from "../html-blocks";
import { BRIEFING_LIMITS } from "../limits";
import { actionFacts, coverLines, dayOf, markingText, noteByline, notePlace, noteScopeText, positionFacts, themeHeading } from "../labels";
import type { TBriefingAction, TBriefingNote, TBriefingPack, TBriefingPosition, TBriefingTheme } from "../types";
import { briefingFonts } from "./fonts";
import { COLOURS, MARGINS, PdfWriter, SIZES, type TLineRun } from "./writer";

/** Contents entries one reserved page holds (an entry may take two lines). */
const CONTENTS_PER_PAGE = 18;
/** Notes drawn between two pauses that let the server answer other requests. */
const NOTES_PER_SLICE = 25;

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

type TEntry = { title: string; destination: string; page: number };

export async function renderBriefingPdf(pack: TBriefingPack, t: Translator): Promise<ReadableStream<Uint8Array>> {
  const fonts = briefingFonts();
  const title = t.t("briefing.pageTitle", { meeting: pack.meeting.title });
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGINS,
    bufferPages: true,
    pdfVersion: "1.7",
    lang: t.locale,
    displayTitle: true,
    // No default font (pdfkit would load Helvetica): the registered fonts below are
    // the only ones. Opening one of them as the default too would make pdfkit parse
    // the font file again on every switch to it (its cache is keyed by font name).
    font: null as unknown as string,
    info: {
      Title: title,
      Author: pack.audience?.delegation ?? t.t("header.secretariat"),
      Subject: markingText(pack, t),
      Creator: t.t("app.name"),
      CreationDate: pack.generatedAt,
    },
  });
  doc.registerFont("regular", fonts.regular);
  doc.registerFont("bold", fonts.bold);
  doc.registerFont("italic", fonts.italic);
  const pdf = new PdfWriter(doc);

  drawCover(pdf, pack, t);
  const entries: TEntry[] = [
    ...pack.themes.map((theme, i) => ({ title: themeHeading(theme), destination: `theme-${i + 1}`, page: 0 })),
    { title: t.t("briefing.annex.actions"), destination: "annex-actions", page: 0 },
    { title: t.t("briefing.annex.instruments"), destination: "annex-instruments", page: 0 },
  ];
  const contents = reserveContents(pdf, t, entries.length);

  for (const [i, theme] of pack.themes.entries()) {
    await drawTheme(pdf, pack, theme, entries[i]!, t);
    await breathe();
  }
  drawActionsAnnex(pdf, pack, entries[entries.length - 2]!, t);
  drawInstrumentsAnnex(pdf, pack, entries[entries.length - 1]!, t);

  fillContents(pdf, contents, entries);
  drawPageFurniture(pdf, pack, title, t);
  doc.end();
  return Readable.toWeb(doc) as ReadableStream<Uint8Array>;
}

function drawCover(pdf: PdfWriter, pack: TBriefingPack, t: Translator) {
  const { doc } = pdf;
  doc.y = 150;
  pdf.line(markingText(pack, t).toUpperCase(), { font: "bold", colour: COLOURS.danger, size: 12, gap: 1.5 });
  pdf.line(t.t(`meetingKinds.${pack.meeting.kind}`), { colour: COLOURS.muted });
  pdf.heading(t.t("briefing.title"), SIZES.h1);
  pdf.line(pack.meeting.title, { font: "bold", size: SIZES.h2, gap: 1 });
  if (!pack.audience) pdf.line(t.t("briefing.cover.publicPack"), { font: "bold", gap: 1 });
  for (const { label, value } of coverLines(pack, t)) {
    pdf.line([{ text: `${label}${t.t("briefing.cover.colon")} `, font: "bold" }, { text: value }], { size: 11, gap: 0.4 });
  }
  if (pack.truncated.notes) {
    pdf.space(1);
    pdf.line(t.t("briefing.truncated.notes", { count: BRIEFING_LIMITS.notes }), { font: "bold" });
  }
}

/** The contents page(s), left empty until every entry's page is known. */
function reserveContents(pdf: PdfWriter, t: Translator, count: number) {
  pdf.doc.addPage();
  const first = pdf.pageIndex;
  pdf.doc.outline.addItem(t.t("briefing.contents"));
  pdf.heading(t.t("briefing.contents"), SIZES.h2);
  const top = pdf.doc.y;
  for (let extra = Math.ceil(count / CONTENTS_PER_PAGE) - 1; extra > 0; extra--) pdf.doc.addPage();
  return { first, top };
}

function fillContents(pdf: PdfWriter, contents: { first: number; top: number }, entries: TEntry[]) {
  const { doc } = pdf;
  const numberWidth = 40;
  entries.forEach((entry, i) => {
    if (i % CONTENTS_PER_PAGE === 0) {
      doc.switchToPage(contents.first + i / CONTENTS_PER_PAGE);
      doc.y = i === 0 ? contents.top : MARGINS.top;
    }
    const y = doc.y;
    doc.font("regular").fontSize(11).fillColor(COLOURS.brand);
    doc.text(entry.title, pdf.left, y, { width: pdf.width - numberWidth - 8, goTo: entry.destination });
    const after = doc.y;
    doc.fillColor(COLOURS.ink).text(String(entry.page + 1), pdf.left + pdf.width - numberWidth, y, { width: numberWidth, align: "right", goTo: entry.destination });
    doc.y = Math.max(after, doc.y) + 6;
  });
}

/** A section starting on a new page, in the outline and the contents. */
function startSection(pdf: PdfWriter, entry: TEntry) {
  pdf.doc.addPage();
  entry.page = pdf.pageIndex;
  pdf.doc.outline.addItem(entry.title);
  pdf.heading(entry.title, SIZES.h2, entry.destination);
}

async function drawTheme(pdf: PdfWriter, pack: TBriefingPack, theme: TBriefingTheme, entry: TEntry, t: Translator) {
  startSection(pdf, entry);
  const member = pack.audience !== null;
  const ownGroup = member && pack.audience?.group !== "OBSERVER";

  pdf.heading(t.t("briefing.theme.background"), SIZES.h3);
  if (theme.paragraphs.length === 0) pdf.line(t.t("briefing.theme.noBackground"));
  for (const p of theme.paragraphs) {
    if (p.notes.length > 0) {
      pdf.keepSpace(40);
      pdf.line(t.plural("briefing.theme.notedParagraph", p.notes.length, { list: p.notes.join(", ") }), {
        font: "bold",
        size: SIZES.small,
        colour: COLOURS.noted,
        gap: 0.1,
      });
      pdf.line(paragraphRuns(p.pieces), { gap: 0.5, indent: 8, bar: COLOURS.noted });
    } else {
      pdf.line(paragraphRuns(p.pieces), { gap: 0.5 });
    }
  }
  if (theme.sourceNotes.length > 0) {
    pdf.line(t.t("theme.notesHeading"), { font: "bold", size: SIZES.small, gap: 0.1 });
    for (const note of theme.sourceNotes) pdf.line(`${note.number}. ${note.text}`, { size: SIZES.small, colour: COLOURS.muted, gap: 0.2 });
  }

  pdf.heading(t.t("briefing.theme.instruments"), SIZES.h3);
  if (theme.instruments.length === 0) pdf.line(t.t("briefing.theme.noInstruments"));
  for (const i of theme.instruments) pdf.line([{ text: `${i.code} `, font: "bold" }, { text: `— ${i.title}` }]);

  pdf.heading(t.t("briefing.theme.keyFigures"), SIZES.h3);
  for (const k of pack.keyFigures) {
    pdf.line(k.figure, { gap: 0.1 });
    if (k.note) pdf.line(t.t("briefing.theme.source", { number: k.note.number, text: k.note.text }), { size: SIZES.small, colour: COLOURS.muted, gap: 0.4 });
  }

  pdf.heading(t.t("briefing.theme.openQuestions"), SIZES.h3);
  if (theme.openThreads.length === 0) pdf.line(t.t("briefing.theme.noOpenQuestions"));
  await drawNotes(pdf, theme.openThreads, t);
  if (pack.options.resolved) {
    pdf.heading(t.t("briefing.theme.resolvedThreads"), SIZES.h3);
    if (theme.resolvedThreads.length === 0) pdf.line(t.t("briefing.theme.noResolvedThreads"));
    await drawNotes(pdf, theme.resolvedThreads, t);
  }

  if (ownGroup) {
    pdf.heading(t.t("briefing.theme.ownPosition"), SIZES.h3);
    if (theme.ownPosition) drawPosition(pdf, theme.ownPosition, null, t);
    else pdf.line(t.t("briefing.theme.noOwnPosition"));
    drawStances(pdf, theme, t);
  }

  pdf.heading(t.t(member ? "briefing.theme.otherPositions" : "briefing.theme.deliveredPositions"), SIZES.h3);
  if (theme.deliveredPositions.length === 0) pdf.line(t.t(member ? "briefing.theme.noOtherPositions" : "briefing.theme.noDeliveredPositions"));
  for (const position of theme.deliveredPositions) drawPosition(pdf, position, t.t(`groups.${position.group}`), t);

  if (member) {
    pdf.heading(t.t("briefing.theme.actions"), SIZES.h3);
    if (theme.actions.length === 0) pdf.line(t.t("briefing.theme.noActions"));
    drawActions(pdf, theme.actions, t, false);
  }
}

/** A background paragraph's runs: the paper's footnote markers in brackets, "work[7] as". */
function paragraphRuns(pieces: TBriefingTheme["paragraphs"][number]["pieces"]): TLineRun[] {
  return pieces.map((piece) => (piece.marker ? { text: `[${piece.text}]`, colour: COLOURS.muted } : { text: piece.text }));
}

async function drawNotes(pdf: PdfWriter, notes: TBriefingNote[], t: Translator) {
  for (const [i, note] of notes.entries()) {
    pdf.keepSpace(60);
    pdf.line(
      [
        { text: t.t("briefing.theme.note", { number: note.number }), font: "bold" },
        { text: ` · ${noteScopeText(note, t)}`, colour: COLOURS.brand },
      ],
      { gap: 0.1 },
    );
    pdf.line(`${noteByline(note, t)} · ${notePlace(note, t)}`, { size: SIZES.small, colour: COLOURS.muted, gap: 0.2 });
    if (note.quote) pdf.line(`“${note.quote}”`, { font: "italic", colour: COLOURS.muted, indent: 10, gap: 0.3 });
    pdf.blocks(htmlToBlocks(note.bodyHtml));
    if (note.replies.length > 0) pdf.line(t.t("briefing.theme.replies"), { font: "bold", size: SIZES.small, indent: 14, gap: 0.1 });
    for (const reply of note.replies) {
      pdf.line(noteByline(reply, t), { size: SIZES.small, colour: COLOURS.muted, indent: 14, gap: 0.1 });
      pdf.blocks(htmlToBlocks(reply.bodyHtml), { indent: 14 });
    }
    if (note.moreReplies > 0) pdf.line(t.plural("briefing.theme.moreReplies", note.moreReplies), { size: SIZES.small, indent: 14 });
    pdf.space(0.6);
    if ((i + 1) % NOTES_PER_SLICE === 0) await breathe();
  }
}

function drawPosition(pdf: PdfWriter, position: TBriefingPosition, heading: string | null, t: Translator) {
  pdf.keepSpace(50);
  if (heading) pdf.line(heading, { font: "bold", gap: 0.1 });
  pdf.line(positionFacts(position, t), { size: SIZES.small, colour: COLOURS.muted, gap: 0.2 });
  pdf.blocks(htmlToBlocks(position.bodyHtml));
  pdf.space(0.4);
}

function drawStances(pdf: PdfWriter, theme: TBriefingTheme, t: Translator) {
  pdf.heading(t.t("briefing.theme.ownStance"), SIZES.h3);
  const stance = theme.ownStance;
  if (stance) {
    pdf.line(t.t(`positions.stance.${stance.value}`), { font: "bold", gap: 0.1 });
    if (stance.note) pdf.line(stance.note, { gap: 0.1 });
    pdf.line(t.t("briefing.theme.stanceSetBy", { person: stance.setBy, date: dayOf(stance.updatedAt, t) }), { size: SIZES.small, colour: COLOURS.muted });
  } else {
    pdf.line(t.t("briefing.theme.noStance"));
  }
  const summary = theme.groupStances;
  if (summary) {
    pdf.space(0.3);
    pdf.line(t.t("briefing.theme.groupStances"), { font: "bold", gap: 0.1 });
    pdf.line(t.t("positions.stances.recorded", { recorded: summary.recorded, total: summary.total }), { gap: 0.1 });
    const counts = STANCE_ORDER.filter((v) => summary.counts[v] > 0).map((v) =>
      t.t("positions.stances.count", { stance: t.t(`positions.stance.${v}`), count: summary.counts[v] }),
    );
    if (summary.missing > 0) counts.push(t.t("positions.stances.missing", { count: summary.missing }));
    pdf.line(counts.join(" · "));
  }
}

function drawActions(pdf: PdfWriter, actions: TBriefingAction[], t: Translator, withTheme: boolean) {
  for (const action of actions) {
    pdf.keepSpace(30);
    pdf.line([{ text: action.title, font: "bold" }, { text: ` — ${actionFacts(action, t, { withTheme }).join(" · ")}`, colour: COLOURS.muted }], { gap: 0.35 });
  }
}

function drawActionsAnnex(pdf: PdfWriter, pack: TBriefingPack, entry: TEntry, t: Translator) {
  startSection(pdf, entry);
  pdf.line(t.t("briefing.annex.actionsIntro"), { colour: COLOURS.muted, gap: 0.6 });
  if (pack.actions.length === 0) pdf.line(t.t("briefing.annex.noActions"));
  drawActions(pdf, pack.actions, t, true);
  if (pack.truncated.actions) pdf.line(t.t("briefing.truncated.actions", { count: BRIEFING_LIMITS.actions }), { font: "bold" });
}

function drawInstrumentsAnnex(pdf: PdfWriter, pack: TBriefingPack, entry: TEntry, t: Translator) {
  startSection(pdf, entry);
  if (pack.instruments.length === 0) pdf.line(t.t("briefing.annex.noInstruments"));
  for (const i of pack.instruments) pdf.line([{ text: `${i.code} `, font: "bold" }, { text: `— ${i.title}` }], { gap: 0.4 });
}

/** The running header (not on the cover), the marking and "Page n of N" on every page. */
function drawPageFurniture(pdf: PdfWriter, pack: TBriefingPack, title: string, t: Translator) {
  const { doc } = pdf;
  const range = doc.bufferedPageRange();
  const marking = markingText(pack, t);
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Written in the margins: with the bottom margin at 0, pdfkit starts no new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const footerY = doc.page.height - 40;
    if (i > range.start) {
      doc.font("regular").fontSize(SIZES.small).fillColor(COLOURS.muted).text(title, pdf.left, 30, { width: pdf.width, height: SIZES.small * 1.3, ellipsis: true });
    }
    doc.font("bold").fontSize(SIZES.small).fillColor(COLOURS.danger).text(marking, pdf.left, footerY, { width: pdf.width * 0.6, height: SIZES.small * 1.3, ellipsis: true });
    doc
      .font("regular")
      .fillColor(COLOURS.muted)
      .text(t.t("briefing.pdf.page", { page: i - range.start + 1, total: range.count }), pdf.left + pdf.width * 0.6, footerY, {
        width: pdf.width * 0.4,
        align: "right",
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
