"use client";
// A one-button write (resolve, reopen, hide, restore, delete): a small form posting
// hidden fields to a server action, disabled while it runs, with any refusal
// announced next to the button.
import { useActionState } from "react";
import type { TNoteButtonState } from "@/lib/actions/annotations";
import type { Translator } from "@/lib/i18n/translator";
import { Button } from "@/components/ui/button";
import { errorText } from "./note-fields";

type Props = {
  t: Translator;
  action: (previous: TNoteButtonState, formData: FormData) => Promise<TNoteButtonState>;
  fields: Record<string, string>;
  label: string;
  variant?: "primary" | "small";
};

export function ButtonForm({ t, action, fields, label, variant = "small" }: Props) {
  const [state, run, pending] = useActionState(action, { done: 0 });
  return (
    <form action={run} className="inline-flex flex-col">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <Button type="submit" variant={variant} disabled={pending} aria-disabled={pending} className={variant === "primary" ? "text-sm" : ""}>
        {pending ? t.t("annotations.note.working") : label}
      </Button>
      {state.error ? (
        <span role="alert" className="text-sm text-danger">
          {errorText(t, state.error)}
        </span>
      ) : null}
    </form>
  );
}
