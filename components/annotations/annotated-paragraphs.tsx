import { Fragment } from "react";
import type { Translator } from "@/lib/i18n/translator";
import type { Scope } from "@/lib/generated/prisma/enums";
import type { TAnnotatedParagraph, THighlightNote } from "@/lib/annotations/types";
import { paragraphSelector } from "@/lib/annotations/anchoring";
import { noteDomId } from "@/lib/annotations/paths";
import { AnnotateParagraphButton } from "./annotate-paragraph-button";
import { SelectionAnnotator } from "./selection-annotator";
import { HIGHLIGHT_CLASS, ScopeIcon } from "./scope-style";
import { footnoteMarkers, splitAtMarkers } from "@/lib/themes/footnote-markers";
import { FootnoteRef } from "@/components/themes/footnotes";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

type Props = {
  /** Never empty: a theme without background text shows MissingBackground instead. */
  paragraphs: TAnnotatedParagraph[];
  /** Numbers of the paper's notes: markers naming them become links (components/themes/footnotes.tsx). */
  footnotes: ReadonlySet<number>;
  highlightNotes: Record<string, THighlightNote>;
  /** Notes shown in the panel right now: their highlights jump to them. */
  notesOnPage: Set<string>;
  canAnnotate: boolean;
  t: Translator;
};

// The narrowest audience wins the look of a passage several notes share.
const SCOPE_ORDER: Scope[] = ["DELEGATION", "GROUP", "ALL"];
// A passage lists its first notes by name and counts the rest: enough to know whose
// notes they are, without thousands of words on a densely annotated theme.
const DESCRIBED_NOTES = 2;

// The background text with its highlights. A highlight is marked text, not a link, so
// a selection may start or end inside it and a fully annotated paragraph can still be
// selected (issue 16); a click without a drag opens its note (selection-annotator.tsx).
// Where a run of notes opens, a small link (the scope's pictogram, reachable by Tab,
// no characters added to the text) leads to the first note and is named by the notes
// on that passage, so a screen reader announces them. Paragraph ids (#p1, #p2 …) stay
// stable anchors. The paper's footnote markers become links to its notes. The text is
// the paper's, in English (`lang`), the controls in the interface language.
export function AnnotatedParagraphs({ paragraphs, footnotes, highlightNotes, notesOnPage, canAnnotate, t }: Props) {
  const started = new Set<string>();
  const markersOf = (p: TAnnotatedParagraph) => footnoteMarkers(p.text, footnotes);
  const describe = (note: THighlightNote) =>
    t.t("annotations.background.noteBy", {
      delegation: note.delegation,
      person: note.author,
      scope: note.scope === "GROUP" ? t.t(`groups.${note.group}`) : t.t(`annotations.scopes.${note.scope}`),
    });

  return (
    <SelectionAnnotator label={t.t("annotations.background.annotateSelection")} enabled={canAnnotate}>
      <div className="grid max-w-prose gap-4 leading-relaxed">
        {paragraphs.map((p) => {
          const selector = paragraphSelector(p.text);
          const markers = markersOf(p);
          // Segments cover the paragraph in order: each starts where the last ended.
          let offset = 0;
          return (
            <div key={p.id}>
              <p id={`p${p.position}`} data-paragraph={p.position}>
                <span className="sr-only">{t.t("theme.paragraph", { number: p.position })}: </span>
                <span lang={SEED_CONTENT_LANGUAGE} data-annotatable-paragraph={p.id} data-paragraph-position={p.position}>
                  {p.segments.map((segment, i) => {
                    const pieces = splitAtMarkers(segment.text, offset, markers);
                    offset += segment.text.length;
                    const notes = segment.noteIds.flatMap((id) => highlightNotes[id] ?? []);
                    if (notes.length === 0) {
                      return pieces.map((piece, j) => (piece.marker ? <FootnoteRef key={`${i}-${j}`} number={piece.marker} t={t} /> : <Fragment key={`${i}-${j}`}>{piece.text}</Fragment>));
                    }
                    const scope = SCOPE_ORDER.find((s) => notes.some((n) => n.scope === s)) ?? "ALL";
                    const opening = notes.filter((n) => !started.has(n.id));
                    for (const n of opening) started.add(n.id);
                    const first = notes.find((n) => notesOnPage.has(n.id)) ?? notes[0]!;
                    const listed = notes.slice(0, DESCRIBED_NOTES).map(describe).join("; ");
                    const more = notes.length > DESCRIBED_NOTES ? ` ${t.t("annotations.background.more", { count: notes.length - DESCRIBED_NOTES })}` : "";
                    const text = t.plural("annotations.background.highlight", notes.length, { list: `${listed}${more}` });
                    const href = notesOnPage.has(first.id) ? `#${noteDomId(first.id)}` : first.href;
                    // The link where notes open: the pictogram only, named in the
                    // interface language; the text around it stays plain text.
                    const opener =
                      opening.length > 0 ? (
                        <a key={`${i}-open`} href={href} lang={t.locale} aria-label={text} className="hl-open">
                          <ScopeIcon scope={scope} small />
                        </a>
                      ) : null;
                    return [
                      opener,
                      ...pieces.map((piece, j) =>
                        piece.marker ? (
                          <FootnoteRef key={`${i}-${j}`} number={piece.marker} t={t} />
                        ) : (
                          <mark key={`${i}-${j}`} data-note-href={href} className={HIGHLIGHT_CLASS[scope]}>
                            {piece.text}
                          </mark>
                        ),
                      ),
                    ];
                  })}
                </span>
              </p>
              {canAnnotate ? (
                <AnnotateParagraphButton
                  paragraphId={p.id}
                  paragraphPosition={p.position}
                  start={selector.start}
                  end={selector.end}
                  label={t.t("annotations.background.annotateParagraph")}
                  which={t.t("theme.paragraph", { number: p.position })}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </SelectionAnnotator>
  );
}
