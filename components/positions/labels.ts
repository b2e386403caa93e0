// Interface text handed to the client components of positions, translated on the
// server (client components receive plain strings, never the translator).
import type { Translator } from "@/lib/i18n/translator";
import { POSITION_STATUSES } from "@/lib/positions/status";
import type { TDiffLabels } from "./diff-view";
import type { TPositionEditorLabels } from "./position-editor";
import type { TStatusControlLabels } from "./position-status-controls";
import type { TStanceFormLabels } from "./stance-form";
import { dateTimeFormat } from "@/lib/i18n/date-format";

// Every message key an action of this feature may return.
const MESSAGE_KEYS = [
  "positions.errors.bodyRequired",
  "positions.errors.bodyTooLong",
  "positions.errors.stanceRequired",
  "positions.errors.noteTooLong",
  "positions.errors.notFound",
  "positions.errors.generic",
  "positions.statusActions.conflict",
  "positions.statusActions.invalid",
  "positions.history.restoreConflict",
  "positions.history.restoreLocked",
  "validation.controlCharacters",
] as const;

export function positionMessages(t: Translator): Record<string, string> {
  return Object.fromEntries(MESSAGE_KEYS.map((key) => [key, t.t(key)]));
}

export function diffLabels(t: Translator): TDiffLabels {
  return { removed: t.t("positions.diff.removed"), added: t.t("positions.diff.added"), end: t.t("positions.diff.end"), none: t.t("positions.diff.none") };
}

// Templates keep their {placeholders}: the editor fills them with what the action returns.
const raw = (t: Translator, key: Parameters<Translator["t"]>[0], names: string[]) =>
  t.t(key, Object.fromEntries(names.map((n) => [n, `{${n}}`])));

export function editorLabels(t: Translator): TPositionEditorLabels {
  return {
    label: t.t("positions.editor.label"),
    hint: raw(t, "positions.editor.hint", ["revision"]),
    save: t.t("positions.editor.save"),
    saving: t.t("positions.editor.saving"),
    locked: raw(t, "positions.editor.locked", ["status"]),
    statuses: Object.fromEntries(POSITION_STATUSES.map((s) => [s, t.t(`positions.status.${s}`)])),
    conflict: {
      title: t.t("positions.conflict.title"),
      body: t.t("positions.conflict.body"),
      yours: t.t("positions.conflict.yours"),
      theirs: raw(t, "positions.conflict.theirs", ["revision", "person", "delegation"]),
      theirsNoPerson: raw(t, "positions.conflict.theirsNoPerson", ["revision"]),
      diffHeading: t.t("positions.conflict.diffHeading"),
      diffLegend: t.t("positions.diff.legend"),
      merged: t.t("positions.conflict.merged"),
      autoMerged: t.t("positions.conflict.autoMerged"),
      manual: t.t("positions.conflict.manual"),
      useMine: t.t("positions.conflict.useMine"),
      useTheirs: t.t("positions.conflict.useTheirs"),
      saveMerged: t.t("positions.conflict.saveMerged"),
    },
    diff: diffLabels(t),
    messages: positionMessages(t),
  };
}

export function statusControlLabels(t: Translator): TStatusControlLabels {
  return {
    heading: t.t("positions.statusActions.heading"),
    moves: {
      DRAFT: t.t("positions.statusActions.DRAFT"),
      AGREED: t.t("positions.statusActions.AGREED"),
      DELIVERED: t.t("positions.statusActions.DELIVERED"),
    },
    agree: t.t("positions.statusActions.agree"),
    working: t.t("positions.statusActions.working"),
    messages: positionMessages(t),
  };
}

export function stanceFormLabels(t: Translator, delegation: string): TStanceFormLabels {
  return {
    legend: t.t("positions.stancePanel.legend", { delegation }),
    values: {
      SUPPORT: t.t("positions.stance.SUPPORT"),
      SUPPORT_WITH_AMENDMENTS: t.t("positions.stance.SUPPORT_WITH_AMENDMENTS"),
      OPPOSE: t.t("positions.stance.OPPOSE"),
      UNDECIDED: t.t("positions.stance.UNDECIDED"),
    },
    note: t.t("positions.stancePanel.note"),
    noteHint: t.t("positions.stancePanel.noteHint"),
    save: t.t("positions.stancePanel.save"),
    saving: t.t("positions.stancePanel.saving"),
    saved: t.t("positions.stancePanel.saved"),
    messages: positionMessages(t),
  };
}

/** Date and time, in UTC and saying so: delegations work across many time zones. */
export function formatDateTime(t: Translator, date: Date): string {
  return dateTimeFormat(t.locale, {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(date);
}

export function formatDate(t: Translator, date: Date): string {
  return dateTimeFormat(t.locale, { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
