"use client";
import { useActionState } from "react";
import { deleteFollowUpAction, type TSimpleFormState } from "@/lib/actions/follow-up-actions";

export type TDeleteLabels = { heading: string; body: string; button: string; deleting: string; messages: Record<string, string> };

// Tucked in a disclosure so deleting takes two deliberate steps.
export function DeleteActionForm({ actionId, labels }: { actionId: string; labels: TDeleteLabels }) {
  const [state, action, pending] = useActionState<TSimpleFormState, FormData>(deleteFollowUpAction, {});
  const error = state.formError ? (labels.messages[state.formError] ?? labels.messages["actions.errors.generic"]) : undefined;
  return (
    <details className="rounded border border-line p-3">
      <summary className="cursor-pointer font-medium text-danger">{labels.heading}</summary>
      <form action={action} className="mt-2 grid gap-2">
        <input type="hidden" name="id" value={actionId} />
        <p>{labels.body}</p>
        <p role="alert" className="text-danger">
          {error}
        </p>
        <div>
          <button
            type="submit"
            disabled={pending}
            aria-disabled={pending}
            className="rounded bg-danger px-4 py-2 font-medium text-white hover:opacity-90 disabled:opacity-60"
          >
            {pending ? labels.deleting : labels.button}
          </button>
        </div>
      </form>
    </details>
  );
}
