"use client";
import { useActionState } from "react";
import type { TPositionStatusState } from "@/lib/actions/positions";
import { Button } from "@/components/ui/button";

type TAction = (previous: TPositionStatusState, formData: FormData) => Promise<TPositionStatusState>;

// Restores an old revision as a new one. Like a save, it names the revision on
// screen, so it cannot silently overwrite a text saved meanwhile.
export function RestoreRevisionButton({
  action,
  number,
  baseRevision,
  labels,
}: {
  action: TAction;
  number: number;
  baseRevision: number;
  labels: { restore: string; restoring: string; messages: Record<string, string> };
}) {
  const [state, formAction, pending] = useActionState<TPositionStatusState, FormData>(action, {});
  return (
    <form action={formAction} className="grid gap-1">
      <input type="hidden" name="number" value={number} />
      <input type="hidden" name="baseRevision" value={baseRevision} />
      <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
        {pending ? labels.restoring : labels.restore}
      </Button>
      <p role="alert" className="text-sm text-danger empty:hidden">
        {state.error ? (labels.messages[state.error] ?? labels.messages["positions.errors.generic"]) : null}
      </p>
    </form>
  );
}
