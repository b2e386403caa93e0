// Plain data the notes UI receives (server → client components). Dates are ISO
// strings so they cross the client boundary unchanged.
import type { ActionStatus, ConstituentGroup, Locale, Scope } from "@/lib/generated/prisma/enums";

export type TNoteLocation =
  | { status: "theme" }
  | { status: "anchored"; paragraphPosition: number; moved: boolean }
  | { status: "orphaned" };

/** An earlier text of a note or reply, as stored safe HTML. */
export type TRevisionView = { id: string; bodyHtml: string; createdAt: string };

export type TReplyView = {
  id: string;
  /** Safe HTML stored when the reply was written, @mentions linked (lib/markdown). */
  bodyHtml: string;
  /** The language it is written in (recorded when written); null when not known. */
  language: Locale | null;
  version: number;
  author: string;
  delegation: string;
  createdAt: string;
  editedAt: string | null;
  revisions: TRevisionView[];
  can: { edit: boolean; delete: boolean };
};

/** A follow-up action made from a note, if the viewer may see it. */
export type TNoteActionView = { id: string; title: string; status: ActionStatus; language: Locale | null; assignee: string | null };

export type TNoteView = {
  id: string;
  href: string;
  scope: Scope;
  /** The author's constituent group when the note was written. */
  group: ConstituentGroup;
  /** Safe HTML stored when the note was written, @mentions linked (lib/markdown). */
  bodyHtml: string;
  language: Locale | null;
  tags: string[];
  version: number;
  author: string;
  delegation: string;
  createdAt: string;
  editedAt: string | null;
  resolvedAt: string | null;
  hiddenAt: string | null;
  isNew: boolean;
  quote: string | null;
  location: TNoteLocation;
  /** The replies shown: all of them on the note's page, the first few in the panel. */
  replies: TReplyView[];
  /** How many replies the thread has in all. */
  replyCount: number;
  /** The actions made from it that the viewer may see. */
  actions: TNoteActionView[];
  revisions: TRevisionView[];
  can: {
    reply: boolean;
    edit: boolean;
    delete: boolean;
    resolve: boolean;
    moderate: boolean;
    makeAction: boolean;
  };
};

/** A note as a highlight describes it: who wrote it and who can see it. */
export type THighlightNote = { id: string; scope: Scope; group: ConstituentGroup; author: string; delegation: string; href: string };

export type THighlightSegment = { text: string; noteIds: string[] };

export type TAnnotatedParagraph = { id: string; position: number; text: string; segments: THighlightSegment[] };

/** A date as the server formats it for the viewer, with its machine-readable form. */
export type TShownDate = { iso: string; text: string };

// What the client part of a note card gets: names, dates, flags and ids — never the
// bodies, which the server renders into the card's slots (issue 9: nothing twice).
export type TNoteCardData = Pick<TNoteView, "id" | "scope" | "group" | "author" | "delegation" | "tags" | "isNew" | "location" | "can" | "replyCount"> & {
  created: TShownDate;
  edited: boolean;
  resolved: boolean;
  hidden: boolean;
  /** The quote as the card shows it (shortened in the panel). */
  quote: string | null;
};

export type TReplyCardData = Pick<TReplyView, "id" | "author" | "delegation" | "can"> & { created: TShownDate; edited: boolean };
