// A briefing pack as plain data: what lib/dal/briefing.ts assembles for one viewer
// and both renderers draw — the print page (components/briefing) and the PDF
// (lib/briefing/pdf). Bodies are the safe HTML stored when they were written.
import type { ActionPriority, ActionStatus, ConstituentGroup, Locale, MeetingKind, Scope } from "@/lib/generated/prisma/enums";
import type { TPositionGroup, TPositionStatus } from "@/lib/positions/status";
import type { TStanceSummary, TStanceValue } from "@/lib/positions/stance-summary";
import type { TBriefingOptions } from "./options";

/** How private the most private material in a pack is (its cover and every page say so). */
export type TBriefingMarking = "delegation" | "group" | "public";

/** `language` on what people wrote: the one recorded when it was written (its `lang`), null when unknown. */
export type TBriefingReply = { id: string; author: string; delegation: string; createdAt: Date; bodyHtml: string; language: Locale | null };

export type TBriefingNote = {
  id: string;
  /** Per theme, in the order of the text (whole-theme notes first, orphaned last). */
  number: number;
  scope: Scope;
  /** The author's constituent group, which a GROUP note is shared with. */
  group: ConstituentGroup;
  author: string;
  delegation: string;
  createdAt: Date;
  resolvedAt: Date | null;
  quote: string | null;
  place: { kind: "theme" } | { kind: "paragraph"; position: number } | { kind: "orphaned" };
  bodyHtml: string;
  language: Locale | null;
  replies: TBriefingReply[];
  /** Replies not printed (a thread longer than a pack holds). */
  moreReplies: number;
};

export type TBriefingAction = {
  id: string;
  title: string;
  language: Locale | null;
  status: ActionStatus;
  priority: ActionPriority;
  scope: Exclude<Scope, "ALL">;
  dueOn: string | null;
  overdue: boolean;
  assignee: string | null;
  theme: { code: string; title: string } | null;
};

export type TBriefingPosition = {
  group: TPositionGroup;
  status: TPositionStatus;
  bodyHtml: string;
  language: Locale | null;
  agreedAt: Date | null;
  deliveredAt: Date | null;
};

export type TBriefingTheme = {
  code: string;
  title: string;
  /** Background paragraphs: the text in pieces, the paper's footnote markers apart
   *  (lib/themes/footnote-markers.ts), and the numbers of the pack's notes anchored in each. */
  paragraphs: { position: number; pieces: { text: string; marker?: number }[]; notes: number[] }[];
  /** The paper's notes the background cites, in order. */
  sourceNotes: { number: number; text: string }[];
  instruments: { code: string; title: string }[];
  openThreads: TBriefingNote[];
  resolvedThreads: TBriefingNote[];
  /** The viewer's group's position, once written (only a delivered one in a delegation-only pack). */
  ownPosition: TBriefingPosition | null;
  ownStance: { value: TStanceValue; note: string; language: Locale | null; setBy: string; updatedAt: Date } | null;
  /** How the viewer's group stands: counts, never who. */
  groupStances: TStanceSummary | null;
  /** Other groups' delivered positions (every group's, in the public pack). */
  deliveredPositions: TBriefingPosition[];
  actions: TBriefingAction[];
};

export type TBriefingKeyFigure = { position: number; figure: string; note: { number: number; text: string } | null };

export type TBriefingPack = {
  meeting: { slug: string; title: string; kind: MeetingKind; venue: string | null; startsOn: string | null; endsOn: string | null };
  /** Whose pack; null for the public pack (the secretariat's). */
  audience: { delegation: string; group: ConstituentGroup } | null;
  preparedBy: string;
  generatedAt: Date;
  options: TBriefingOptions;
  marking: TBriefingMarking;
  /** Every theme of the meeting, for the options form. */
  allThemes: { code: string; title: string }[];
  themes: TBriefingTheme[];
  keyFigures: TBriefingKeyFigure[];
  /** Annex: the open actions of the meeting and those tied to no meeting. */
  actions: TBriefingAction[];
  /** Annex: every instrument the pack's themes touch, with its full title. */
  instruments: { code: string; title: string }[];
  /** Limits that cut the pack short (never silently). */
  truncated: { notes: boolean; actions: boolean };
};
