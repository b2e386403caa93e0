"use client";
// A one-button write (resolve, reopen, hide, restore, delete): a small form posting
// hidden fields to a server action, with any refusal shown next to the button. The
// button keeps focus while the write runs (SubmitButton), and the outcome is said in
// the notes live region (note-announcer.tsx): `done` on success, the refusal otherwise.
// `onWrite` runs as the write starts (while the page is as the person saw it) and
// returns what to do once it succeeded: moving focus when the write removes the
// button itself (a deletion, a thread leaving a filtered list).
import { useActionState, useState, useTransition, type FormEvent } from "react";
import type { TNoteButtonState } from "@/lib/actions/annotations";
import type { Translator } from "@/lib/i18n/translator";
import { buttonClass } from "@/components/ui/button";
import { errorText } from "./note-fields";
import { announceNote } from "./note-announcer";
import { SubmitButton } from "./submit-button";

const INITIAL: TNoteButtonState = { done: 0 };

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

// The form's action is the server action itself (through useActionState), so the
// server renders a form that posts to it — it works without JavaScript, and React
// writes no "javascript:" placeholder into its action. With JavaScript the submit is
// taken over here, to say what happened and move focus even when the write removes
// this very form (a deletion), which an effect of the form could no longer do.
export function ButtonForm({ t, action, fields, label, done, onWrite, variant = "small" }: Props) {
  const [posted, run] = useActionState(action, INITIAL);
  const [outcome, setOutcome] = useState<TNoteButtonState>(INITIAL);
  const [pending, startTransition] = useTransition();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const formData = new FormData(event.currentTarget);
    const afterDone = onWrite?.();
    startTransition(async () => {
      const next = await action(outcome, formData);
      if (next.error) announceNote(errorText(t, next.error) ?? "");
      else {
        announceNote(done);
        afterDone?.();
      }
      setOutcome(next);
    });
  };
  // `posted`: the outcome of a post made without JavaScript, as the server rendered it.
  const error = outcome.error ?? posted.error;
  return (
    <form action={run} onSubmit={submit} className="inline-flex flex-col">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <SubmitButton pending={pending} className={variant === "primary" ? `${buttonClass("primary")} text-sm` : buttonClass("small")}>
        {pending ? t.t("annotations.note.working") : label}
      </SubmitButton>
      {error ? (
        <span role="alert" className="text-sm text-danger">
          {errorText(t, error)}
        </span>
      ) : null}
    </form>
  );
}
