"use client";
import { useActionState } from "react";
import type { TPositionStatusState } from "@/lib/actions/positions";
import { Button } from "@/components/ui/button";
import type { TPositionStatus } from "@/lib/positions/status";

type TAction = (previous: TPositionStatusState, formData: FormData) => Promise<TPositionStatusState>;

export type TStatusControlLabels = {
  heading: string;
  /** Button text per target status. */
  moves: Record<TPositionStatus, string>;
  agree: string;
  working: string;
  messages: Record<string, string>;
};

// A head's controls: move the status on (or back to draft), or add their
// delegation's agreement. Each form names the revision on screen, so nobody agrees
// to or delivers a text that changed since they read it.
export function PositionStatusControls({
  changeAction,
  agreeAction,
  baseRevision,
  nextStatuses,
  canAgree,
  labels,
}: {
  changeAction: TAction;
  agreeAction: TAction;
  baseRevision: number;
  nextStatuses: readonly TPositionStatus[];
  canAgree: boolean;
  labels: TStatusControlLabels;
}) {
  const [changeState, change, changing] = useActionState<TPositionStatusState, FormData>(changeAction, {});
  const [agreeState, agree, agreeing] = useActionState<TPositionStatusState, FormData>(agreeAction, {});
  const error = changeState.error ?? agreeState.error;
  const pending = changing || agreeing;
  return (
    <section aria-labelledby="status-controls-heading" className="grid gap-2">
      <h2 id="status-controls-heading" className="text-lg font-semibold">
        {labels.heading}
      </h2>
      <p role="alert" className="font-medium text-danger empty:hidden">
        {error ? (labels.messages[error] ?? labels.messages["positions.errors.generic"]) : null}
      </p>
      <div className="flex flex-wrap gap-2">
        {nextStatuses.map((to) => (
          <form key={to} action={change}>
            <input type="hidden" name="baseRevision" value={baseRevision} />
            <input type="hidden" name="to" value={to} />
            <Button type="submit" variant={to === "DRAFT" ? "secondary" : "primary"} disabled={pending} aria-disabled={pending}>
              {changing ? labels.working : labels.moves[to]}
            </Button>
          </form>
        ))}
        {canAgree ? (
          <form action={agree}>
            <input type="hidden" name="baseRevision" value={baseRevision} />
            <Button type="submit" variant="secondary" disabled={pending} aria-disabled={pending}>
              {agreeing ? labels.working : labels.agree}
            </Button>
          </form>
        ) : null}
      </div>
    </section>
  );
}
