"use client";
import { useActionState } from "react";
import type { TThemeLinksState } from "@/lib/actions/admin-content";
import type { TThemeLinksForAdmin } from "@/lib/services/theme-links";
import { Button } from "@/components/ui/button";

type TLabels = { heading: string; hint: string; save: string; saving: string; saved: string };

// Which roundtables of the High-level Dialogue a technical-meeting theme follows up:
// one checkbox each, saved together (lib/services/theme-links.ts audits the change).
// The page binds the theme; the outcome is announced beside the button.
export function ThemeLinksForm({
  action,
  links,
  labels,
}: {
  action: (previous: TThemeLinksState, formData: FormData) => Promise<TThemeLinksState>;
  links: Pick<TThemeLinksForAdmin, "candidates" | "linked">;
  labels: TLabels;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction} className="grid max-w-2xl gap-3" aria-describedby="theme-links-outcome">
      <fieldset className="grid gap-2">
        <legend className="mb-1 text-lg font-semibold">{labels.heading}</legend>
        <p className="text-sm text-muted">{labels.hint}</p>
        {links.candidates.map((c) => (
          <label key={c.id} className="flex items-start gap-2">
            <input type="checkbox" name="sourceThemeId" value={c.id} defaultChecked={links.linked.includes(c.id)} className="mt-1" />
            <span>
              <span className="font-mono font-semibold">{c.code}</span> — {c.title}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? labels.saving : labels.save}
        </Button>
        <p id="theme-links-outcome" aria-live="polite" className="text-sm">
          {state.error ? (
            <span role="alert" className="text-danger">
              {state.error}
            </span>
          ) : state.saved ? (
            <span key={state.saved}>{labels.saved}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
