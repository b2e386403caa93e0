"use client";
import { useActionState } from "react";
import { issueCalendarFeed, revokeCalendarFeed, type TCalendarFeedState } from "@/lib/actions/follow-up-calendar";

export type TCalendarLabels = {
  none: string;
  active: string | null;
  create: string;
  replace: string;
  revoke: string;
  working: string;
  newUrl: string;
  urlLabel: string;
  revoked: string;
  messages: Record<string, string>;
};

// Create, replace or revoke the secret feed address. The address is shown once, right
// after it is created: only its hash is stored, so it cannot be shown again.
export function CalendarFeedPanel({ labels }: { labels: TCalendarLabels }) {
  const [issued, issue, issuing] = useActionState<TCalendarFeedState>(issueCalendarFeed, {});
  const [revokedState, revoke, revoking] = useActionState<TCalendarFeedState>(revokeCalendarFeed, {});
  const error = issued.formError ?? revokedState.formError;
  const pending = issuing || revoking;
  const active = labels.active !== null;
  return (
    <div className="grid gap-3">
      <p role="status" aria-live="polite">
        {active ? labels.active : revokedState.revoked ? labels.revoked : labels.none}
      </p>
      {error ? (
        <p role="alert" className="font-medium text-danger">
          {labels.messages[error] ?? labels.messages["actions.errors.generic"]}
        </p>
      ) : null}
      {issued.url && active ? (
        <div className="grid gap-1 rounded border-2 border-accent p-3">
          <p id="feed-url-hint">{labels.newUrl}</p>
          <label htmlFor="feed-url" className="font-medium">
            {labels.urlLabel}
          </label>
          <input
            id="feed-url"
            readOnly
            value={issued.url}
            aria-describedby="feed-url-hint"
            onFocus={(e) => e.currentTarget.select()}
            className="w-full rounded border border-line px-2 py-1.5 font-mono text-sm"
          />
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <form action={issue}>
          <button type="submit" disabled={pending} aria-disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white hover:bg-brand-strong disabled:opacity-60">
            {issuing ? labels.working : active ? labels.replace : labels.create}
          </button>
        </form>
        {active ? (
          <form action={revoke}>
            <button type="submit" disabled={pending} aria-disabled={pending} className="rounded border border-danger px-4 py-2 text-danger hover:bg-surface disabled:opacity-60">
              {revoking ? labels.working : labels.revoke}
            </button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
