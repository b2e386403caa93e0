"use client";
import { useActionState, useId } from "react";
import { changeFollowUpStatus, type TSimpleFormState } from "@/lib/actions/follow-up-actions";
import type { ActionStatus } from "@/lib/generated/prisma/enums";
import { rememberMovedCard } from "./moved-card-focus";

export type TStatusLabels = {
  moveTo: string;
  move: string;
  moving: string;
  reason: string;
  moved: string;
  statuses: Record<ActionStatus, string>;
  messages: Record<string, string>;
};

// A select of the statuses this action may move to, and a button: operable by
// keyboard with no dragging. On the board, blocking (which needs a reason) is done
// from the action's page; the detail variant asks for the reason here.
export function StatusMoveForm({
  actionId,
  fromStatus,
  nextStatuses,
  labels,
  variant,
  accessibleLabel,
  describedBy,
}: {
  actionId: string;
  fromStatus: ActionStatus;
  nextStatuses: readonly ActionStatus[];
  labels: TStatusLabels;
  variant: "board" | "detail";
  /** e.g. "Move “Draft RT4 statement” to", for a select among many on the board. */
  accessibleLabel?: string;
  describedBy?: string;
}) {
  const [state, action, pending] = useActionState<TSimpleFormState, FormData>(async (previous, formData) => {
    if (variant === "board") rememberMovedCard(actionId);
    const next = await changeFollowUpStatus(previous, formData);
    if (!next.ok) rememberMovedCard(null);
    return next;
  }, {});
  const id = useId();
  const options = variant === "board" ? nextStatuses.filter((s) => s !== "BLOCKED") : nextStatuses;
  if (options.length === 0) return null;
  const message = (key?: string) => {
    if (!key) return undefined;
    const text = labels.messages[key] ?? labels.messages["actions.errors.generic"] ?? key;
    const status = state.formErrorValues?.status as ActionStatus | undefined;
    return status ? text.replace("{status}", labels.statuses[status] ?? status) : text;
  };
  const error = message(state.formError) ?? message(state.fieldErrors?.status);
  const moved = state.ok && state.values?.status ? labels.moved.replace("{status}", labels.statuses[state.values.status as ActionStatus]) : undefined;
  return (
    <form action={action} className="flex flex-wrap items-end gap-2" aria-describedby={describedBy}>
      <input type="hidden" name="id" value={actionId} />
      <input type="hidden" name="fromStatus" value={fromStatus} />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-status`} className="text-sm font-medium">
          {accessibleLabel ? (
            <>
              <span className="sr-only">{accessibleLabel}</span>
              <span aria-hidden="true">{labels.moveTo}</span>
            </>
          ) : (
            labels.moveTo
          )}
        </label>
        <select id={`${id}-status`} name="status" className="rounded border border-line bg-white px-2 py-1.5" defaultValue={options[0]}>
          {options.map((s) => (
            <option key={s} value={s}>
              {labels.statuses[s]}
            </option>
          ))}
        </select>
      </div>
      {variant === "detail" && options.includes("BLOCKED") ? (
        <div className="flex min-w-64 flex-1 flex-col gap-1">
          <label htmlFor={`${id}-reason`} className="text-sm font-medium">
            {labels.reason}
          </label>
          <input
            id={`${id}-reason`}
            name="blockedReason"
            maxLength={500}
            defaultValue={state.ok ? "" : (state.values?.blockedReason ?? "")}
            aria-invalid={state.fieldErrors?.blockedReason ? true : undefined}
            aria-describedby={`${id}-reason-error`}
            className="rounded border border-line px-2 py-1.5 aria-[invalid=true]:border-danger"
          />
          <p id={`${id}-reason-error`} aria-live="polite" className="text-sm text-danger">
            {message(state.fieldErrors?.blockedReason)}
          </p>
        </div>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded border border-line bg-white px-3 py-1.5 hover:bg-surface disabled:opacity-60"
      >
        {pending ? labels.moving : labels.move}
      </button>
      <p role="status" aria-live="polite" className="w-full text-sm">
        {error ? <span className="text-danger">{error}</span> : moved}
      </p>
    </form>
  );
}
