"use client";
// Editing a note or a reply. The form carries the version it started from; if someone
// saved in between, the server refuses, their text is shown, and what was typed stays
// in the field so nothing is lost (saving again then replaces their version). A save
// is announced ("Changes saved."), a refusal too, with focus on the field to correct.
import { useActionState, useRef, useState } from "react";
import type { TNoteFormState } from "@/lib/actions/annotations";
import type { Translator } from "@/lib/i18n/translator";
import { Button, buttonClass } from "@/components/ui/button";
import { BodyField, TagsField, errorText } from "./note-fields";
import { SubmitButton } from "./submit-button";
import { useFormOutcome } from "./use-form-outcome";

type Props = {
  t: Translator;
  action: (previous: TNoteFormState, formData: FormData) => Promise<TNoteFormState>;
  idField: { name: "annotationId" | "replyId"; value: string };
  version: number;
  body: string;
  /** Present for notes (replies have no tags). */
  tags?: { value: string; suggestions: string[] };
  label: string;
  onDone: () => void;
};

export function EditForm({ t, action, idField, version, body: initialBody, tags: initialTags, label, onDone }: Props) {
  const [state, run, pending] = useActionState(action, {
    status: "idle",
    values: { body: initialBody, tags: initialTags?.value ?? "", scope: "" },
    version,
    savedCount: 0,
  });
  const [body, setBody] = useState(initialBody);
  const [tags, setTags] = useState(initialTags?.value ?? "");
  const form = useRef<HTMLFormElement>(null);
  const fieldId = `edit-${idField.value}`;
  useFormOutcome({ t, state, form, onSaved: onDone, savedMessage: t.t("annotations.edit.saved") });

  const fieldError = (name: string) => errorText(t, state.status === "error" ? state.fieldErrors?.[name] : undefined);
  return (
    <form ref={form} action={run} className="grid gap-2" noValidate>
      <input type="hidden" name={idField.name} value={idField.value} />
      <input type="hidden" name="version" value={state.version ?? version} />
      <BodyField id={`${fieldId}-body`} label={label} value={body} onChange={setBody} error={fieldError("body")} autoFocus />
      {initialTags ? (
        <TagsField id={`${fieldId}-tags`} t={t} value={tags} onChange={setTags} error={fieldError("tags")} suggestions={initialTags.suggestions} />
      ) : null}
      <p role="alert" className="min-h-5 text-sm font-medium text-danger">
        {state.status === "error" && state.formError ? errorText(t, state.formError) : null}
      </p>
      {state.conflict ? (
        <div className="rounded border border-line bg-surface p-2">
          <span className="text-sm font-medium">{t.t("annotations.edit.theirVersion")}</span>
          <div className="whitespace-pre-wrap text-sm">{state.conflict.body}</div>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending} className={buttonClass("primary")}>
          {pending ? t.t("annotations.edit.saving") : t.t("annotations.edit.save")}
        </SubmitButton>
        <Button type="button" variant="secondary" onClick={onDone}>
          {t.t("annotations.edit.cancel")}
        </Button>
      </div>
    </form>
  );
}
