"use client";
import { useActionState } from "react";
import type { TStanceFormState } from "@/lib/actions/stances";
import { Button } from "@/components/ui/button";
import { STANCE_ORDER } from "@/lib/positions/stance-summary";

type TAction = (previous: TStanceFormState, formData: FormData) => Promise<TStanceFormState>;

export type TStanceFormLabels = {
  legend: string;
  values: Record<(typeof STANCE_ORDER)[number], string>;
  note: string;
  noteHint: string;
  save: string;
  saving: string;
  saved: string;
  messages: Record<string, string>;
};

// My delegation's stance on a theme: four choices and a short note. What was chosen
// and typed comes back with any error, and a save is announced politely.
export function StanceForm({ action, initial, labels }: { action: TAction; initial: { value: string; note: string }; labels: TStanceFormLabels }) {
  const [state, formAction, pending] = useActionState<TStanceFormState, FormData>(action, initial);
  const message = (key?: string) => (key ? (labels.messages[key] ?? labels.messages["positions.errors.generic"]) : undefined);
  const valueError = message(state.fieldErrors?.value);
  const noteError = message(state.fieldErrors?.note);
  // Remount the fields with what came back, so React's form reset never empties them.
  const key = `${state.savedCount ?? 0}-${state.value}-${state.note}`;
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      <p role="alert" className="font-medium text-danger empty:hidden">
        {message(state.formError)}
      </p>
      <fieldset className="grid gap-1" aria-describedby="stance-value-error" key={`v-${key}`}>
        <legend className="font-medium">{labels.legend}</legend>
        {STANCE_ORDER.map((value) => (
          <label key={value} className="flex items-center gap-2">
            <input type="radio" name="value" value={value} defaultChecked={state.value === value} />
            {labels.values[value]}
          </label>
        ))}
        <p id="stance-value-error" aria-live="polite" className="min-h-5 text-sm text-danger">
          {valueError}
        </p>
      </fieldset>
      <div className="grid gap-1">
        <label htmlFor="stance-note" className="font-medium">
          {labels.note}
        </label>
        <p id="stance-note-hint" className="text-sm text-muted">
          {labels.noteHint}
        </p>
        <textarea
          key={`n-${key}`}
          id="stance-note"
          name="note"
          rows={3}
          maxLength={2000}
          defaultValue={state.note}
          aria-invalid={noteError ? true : undefined}
          aria-describedby="stance-note-hint stance-note-error"
          className="rounded border border-line px-3 py-2 aria-[invalid=true]:border-danger"
        />
        <p id="stance-note-error" aria-live="polite" className="min-h-5 text-sm text-danger">
          {noteError}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending} aria-disabled={pending}>
          {pending ? labels.saving : labels.save}
        </Button>
        <p aria-live="polite" className="text-sm text-ok">
          {state.savedCount && !state.fieldErrors && !state.formError ? labels.saved : ""}
        </p>
      </div>
    </form>
  );
}
