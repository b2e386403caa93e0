// The text the client-side action forms need, picked from the translator on the
// server (client components do not load the catalogs).
import type { Translator } from "@/lib/i18n/translator";
import { actionsEn } from "@/lib/i18n/messages/actions.en";

export type TActionFormLabels = ReturnType<typeof actionFormLabels>;

/** Every actions.errors.* message, keyed by its full key, for errors that arrive as keys. */
export function actionErrorMessages(t: Translator): Record<string, string> {
  return Object.fromEntries([
    ...(Object.keys(actionsEn.errors) as (keyof typeof actionsEn.errors)[]).map((k) => [`actions.errors.${k}`, t.t(`actions.errors.${k}`)]),
    ["validation.controlCharacters", t.t("validation.controlCharacters")],
  ]);
}

export function actionFormLabels(t: Translator) {
  const f = "actions.form" as const;
  return {
    newHeading: t.t(`${f}.newHeading`),
    title: t.t(`${f}.title`),
    description: t.t(`${f}.description`),
    descriptionHint: t.t(`${f}.descriptionHint`),
    scope: t.t(`${f}.scope`),
    meeting: t.t(`${f}.meeting`),
    noMeeting: t.t(`${f}.noMeeting`),
    theme: t.t(`${f}.theme`),
    noTheme: t.t(`${f}.noTheme`),
    themeHint: t.t(`${f}.themeHint`),
    assignee: t.t(`${f}.assignee`),
    noAssignee: t.t(`${f}.noAssignee`),
    assigneeHint: t.t(`${f}.assigneeHint`),
    due: t.t(`${f}.due`),
    priority: t.t(`${f}.priority`),
    create: t.t(`${f}.create`),
    creating: t.t(`${f}.creating`),
    save: t.t(`${f}.save`),
    saving: t.t(`${f}.saving`),
    cancel: t.t(`${f}.cancel`),
    priorities: { LOW: t.t("actions.priorities.LOW"), MEDIUM: t.t("actions.priorities.MEDIUM"), HIGH: t.t("actions.priorities.HIGH") },
    statuses: {
      OPEN: t.t("actions.statuses.OPEN"),
      IN_PROGRESS: t.t("actions.statuses.IN_PROGRESS"),
      BLOCKED: t.t("actions.statuses.BLOCKED"),
      DONE: t.t("actions.statuses.DONE"),
      CANCELLED: t.t("actions.statuses.CANCELLED"),
    },
    conflict: {
      heading: t.t("actions.conflict.heading"),
      body: t.t("actions.conflict.body"),
      field: t.t("actions.conflict.field"),
      saved: t.t("actions.conflict.saved"),
      yours: t.t("actions.conflict.yours"),
      differs: t.t("actions.conflict.differs"),
      same: t.t("actions.conflict.same"),
      statusNow: t.t("actions.conflict.statusNow"),
    },
    empty: t.t("actions.history.empty"),
    messages: actionErrorMessages(t),
  };
}

export function statusLabels(t: Translator) {
  return {
    moveTo: t.t("actions.status.moveTo"),
    move: t.t("actions.status.move"),
    moving: t.t("actions.status.moving"),
    reason: t.t("actions.status.reason"),
    moved: t.t("actions.status.moved"),
    statuses: {
      OPEN: t.t("actions.statuses.OPEN"),
      IN_PROGRESS: t.t("actions.statuses.IN_PROGRESS"),
      BLOCKED: t.t("actions.statuses.BLOCKED"),
      DONE: t.t("actions.statuses.DONE"),
      CANCELLED: t.t("actions.statuses.CANCELLED"),
    },
    messages: actionErrorMessages(t),
  };
}

export function commentLabels(t: Translator) {
  return {
    label: t.t("actions.comments.label"),
    hint: t.t("actions.comments.hint"),
    submit: t.t("actions.comments.submit"),
    submitting: t.t("actions.comments.submitting"),
    messages: actionErrorMessages(t),
  };
}

export function deleteLabels(t: Translator) {
  return {
    heading: t.t("actions.detail.deleteHeading"),
    body: t.t("actions.detail.deleteBody"),
    button: t.t("actions.detail.deleteButton"),
    deleting: t.t("actions.detail.deleting"),
    messages: actionErrorMessages(t),
  };
}
