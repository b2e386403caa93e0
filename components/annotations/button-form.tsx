"use client";
// A one-button write (resolve, reopen, hide, restore, delete): a small form posting
// hidden fields to a server action, with any refusal shown next to the button. The
// button keeps focus while the write runs (SubmitButton), and the outcome is said in
// the notes live region (note-announcer.tsx): `done` on success, the refusal otherwise.
// `onWrite` runs as the write starts (while the page is as the person saw it) and
// returns what to do once it succeeded: moving focus when the write removes the
// button itself (a deletion, a thread leaving a filtered list).
import { useActionState } from "react";
import type { TNoteButtonState } from "@/lib/actions/annotations";
import type { Translator } from "@/lib/i18n/translator";
import { buttonClass } from "@/components/ui/button";
import { errorText } from "./note-fields";
import { announceNote } from "./note-announcer";
import { SubmitButton } from "./submit-button";

type Props = {
  t: Translator;
  action: (previous: TNoteButtonState, formData: FormData) => Promise<TNoteButtonState>;
  fields: Record<string, string>;
  label: string;
  /** Said once the write succeeded. */
  done: string;
  onWrite?: () => () => void;
  variant?: "primary" | "small";
};

export function ButtonForm({ t, action, fields, label, done, onWrite, variant = "small" }: Props) {
  const [state, run, pending] = useActionState(async (previous: TNoteButtonState, formData: FormData) => {
    const afterDone = onWrite?.();
    const next = await action(previous, formData);
    if (next.error) announceNote(errorText(t, next.error) ?? "");
    else {
      announceNote(done);
      afterDone?.();
    }
    return next;
  }, { done: 0 });
  return (
    <form action={run} className="inline-flex flex-col">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} className={variant === "primary" ? `${buttonClass("primary")} text-sm` : buttonClass("small")}>
        {pending ? t.t("annotations.note.working") : label}
      </SubmitButton>
      {state.error ? (
        <span role="alert" className="text-sm text-danger">
          {errorText(t, state.error)}
        </span>
      ) : null}
    </form>
  );
}
