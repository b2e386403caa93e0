import type { ReactNode } from "react";
import type { Translator } from "@/lib/i18n/translator";
import type { TBriefingAction, TBriefingPack, TBriefingPosition, TBriefingTheme } from "@/lib/briefing/types";
import { actionFacts, dayOf, positionFacts, themeHeading } from "@/lib/briefing/labels";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { langOf, SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { StanceBar } from "@/components/positions/stance-bar";
import { BriefingNote } from "./briefing-note";
import { themeAnchor } from "./briefing-cover";

// A part of a theme: a heading and its content, not a landmark of its own (every
// theme has the same parts, and landmarks must have names of their own).
function Part({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <div className="grid gap-2">
      <h3 id={id} className="text-lg font-semibold">
        {heading}
      </h3>
      {children}
    </div>
  );
}

function Position({ position, heading, t }: { position: TBriefingPosition; heading?: string; t: Translator }) {
  return (
    <div className="grid gap-1 rounded border border-line p-3 break-inside-avoid-page">
      {heading ? <p className="font-semibold">{heading}</p> : null}
      <p className="text-sm text-muted">{positionFacts(position, t)}</p>
      <RenderedMarkdown html={position.bodyHtml} language={position.language} />
    </div>
  );
}

/** A background paragraph; the paper's footnote markers as superscript numbers, its notes listed below. */
function Paragraph({ pieces }: { pieces: TBriefingTheme["paragraphs"][number]["pieces"] }) {
  return <p className="max-w-prose" lang={SEED_CONTENT_LANGUAGE}>{pieces.map((piece, i) => (piece.marker ? <sup key={i}>{piece.text}</sup> : piece.text))}</p>;
}

export function ActionList({ actions, t, withTheme = false }: { actions: TBriefingAction[]; t: Translator; withTheme?: boolean }) {
  return (
    <ul className="grid gap-1">
      {actions.map((action) => (
        <li key={action.id} className="break-inside-avoid-page">
          <span className="font-medium" lang={langOf(action.language)}>
            {action.title}
          </span>
          <span className="text-sm"> — {actionFacts(action, t, { withTheme }).join(" · ")}</span>
        </li>
      ))}
    </ul>
  );
}

// One theme of the pack, starting on a new printed page.
export function BriefingTheme({ pack, theme, t }: { pack: TBriefingPack; theme: TBriefingTheme; t: Translator }) {
  const anchor = themeAnchor(theme.code);
  const part = (name: string) => `${anchor}-${name}`;
  const member = pack.audience !== null;
  const ownGroup = pack.audience && pack.audience.group !== "OBSERVER";
  return (
    <section id={anchor} aria-labelledby={`${anchor}-heading`} className="grid gap-6 border-t border-line pt-6 print:break-before-page print:border-0 print:pt-0">
      <h2 id={`${anchor}-heading`} className="text-xl font-semibold" lang={SEED_CONTENT_LANGUAGE}>
        {themeHeading(theme)}
      </h2>
      <Part id={part("background")} heading={t.t("briefing.theme.background")}>
        {theme.paragraphs.length === 0 ? <p>{t.t("briefing.theme.noBackground")}</p> : null}
        {theme.paragraphs.map((p) =>
          p.notes.length > 0 ? (
            <div key={p.position} className="border-l-4 border-solid border-[#8a4b08] pl-3">
              <p className="text-sm font-semibold">{t.plural("briefing.theme.notedParagraph", p.notes.length, { list: p.notes.join(", ") })}</p>
              <Paragraph pieces={p.pieces} />
            </div>
          ) : (
            <Paragraph key={p.position} pieces={p.pieces} />
          ),
        )}
        {theme.sourceNotes.length > 0 ? (
          <div className="max-w-prose border-t border-line pt-2 text-sm">
            <p className="font-semibold">{t.t("theme.notesHeading")}</p>
            <ol className="grid gap-1">
              {theme.sourceNotes.map((note) => (
                <li key={note.number} className="break-words">
                  {note.number}. {note.text}
                </li>
              ))}
            </ol>
          </div>
        ) : null}
      </Part>
      <Part id={part("instruments")} heading={t.t("briefing.theme.instruments")}>
        {theme.instruments.length === 0 ? (
          <p>{t.t("briefing.theme.noInstruments")}</p>
        ) : (
          <ul className="grid gap-1">
            {theme.instruments.map((i) => (
              <li key={i.code}>
                <span className="font-mono font-semibold">{i.code}</span> — <span lang={SEED_CONTENT_LANGUAGE}>{i.title}</span>
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part id={part("figures")} heading={t.t("briefing.theme.keyFigures")}>
        <ul className="grid gap-2">
          {pack.keyFigures.map((k) => (
            <li key={k.position} className="break-inside-avoid-page">
              <p lang={SEED_CONTENT_LANGUAGE}>{k.figure}</p>
              {k.note ? <p className="text-sm text-muted">{t.t("briefing.theme.source", { number: k.note.number, text: k.note.text })}</p> : null}
            </li>
          ))}
        </ul>
      </Part>
      <Part id={part("open")} heading={t.t("briefing.theme.openQuestions")}>
        {theme.openThreads.length === 0 ? <p>{t.t("briefing.theme.noOpenQuestions")}</p> : null}
        {theme.openThreads.map((note) => (
          <BriefingNote key={note.id} note={note} themeCode={theme.code} t={t} />
        ))}
      </Part>
      {pack.options.resolved ? (
        <Part id={part("resolved")} heading={t.t("briefing.theme.resolvedThreads")}>
          {theme.resolvedThreads.length === 0 ? <p>{t.t("briefing.theme.noResolvedThreads")}</p> : null}
          {theme.resolvedThreads.map((note) => (
            <BriefingNote key={note.id} note={note} themeCode={theme.code} t={t} />
          ))}
        </Part>
      ) : null}
      {ownGroup ? (
        <Part id={part("position")} heading={t.t("briefing.theme.ownPosition")}>
          {theme.ownPosition ? <Position position={theme.ownPosition} t={t} /> : <p>{t.t("briefing.theme.noOwnPosition")}</p>}
        </Part>
      ) : null}
      {ownGroup ? (
        <Part id={part("stance")} heading={t.t("briefing.theme.ownStance")}>
          {theme.ownStance ? (
            <div className="grid gap-1">
              <p className="font-medium">{t.t(`positions.stance.${theme.ownStance.value}`)}</p>
              {theme.ownStance.note ? (
                <p className="max-w-prose whitespace-pre-line" lang={langOf(theme.ownStance.language)}>
                  {theme.ownStance.note}
                </p>
              ) : null}
              <p className="text-sm text-muted">
                {t.t("briefing.theme.stanceSetBy", { person: theme.ownStance.setBy, date: dayOf(theme.ownStance.updatedAt, t) })}
              </p>
            </div>
          ) : (
            <p>{t.t("briefing.theme.noStance")}</p>
          )}
          {theme.groupStances ? (
            <div className="grid gap-1">
              <p className="font-medium">{t.t("briefing.theme.groupStances")}</p>
              <StanceBar summary={theme.groupStances} label={t.t("briefing.theme.groupStances")} t={t} />
            </div>
          ) : null}
        </Part>
      ) : null}
      <Part id={part("delivered")} heading={t.t(member ? "briefing.theme.otherPositions" : "briefing.theme.deliveredPositions")}>
        {theme.deliveredPositions.length === 0 ? <p>{t.t(member ? "briefing.theme.noOtherPositions" : "briefing.theme.noDeliveredPositions")}</p> : null}
        {theme.deliveredPositions.map((position) => (
          <Position key={position.group} position={position} heading={t.t(`groups.${position.group}`)} t={t} />
        ))}
      </Part>
      {member ? (
        <Part id={part("actions")} heading={t.t("briefing.theme.actions")}>
          {theme.actions.length === 0 ? <p>{t.t("briefing.theme.noActions")}</p> : <ActionList actions={theme.actions} t={t} />}
        </Part>
      ) : null}
    </section>
  );
}
