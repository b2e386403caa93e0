"use client";
// One accessible form for the administration pages, driven by a list of fields:
// every control labelled, hints and errors tied to it with aria-describedby, errors
// announced politely, what was typed kept after an error, submit disabled while the
// server works.
import { useActionState } from "react";
import type { TFormState } from "@/lib/forms/form-state";
import type { MessageKey } from "@/lib/i18n/translator";
import { useTranslator } from "@/lib/i18n/client-translator";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASS, Field } from "@/components/ui/field";

export type TAdminField = {
  name: string;
  label: MessageKey;
  type?: "text" | "email" | "date" | "password" | "textarea" | "select";
  hint?: MessageKey;
  options?: { value: string; label: string }[];
  defaultValue?: string;
  required?: boolean;
  autoComplete?: string;
};

type Props = {
  action: (state: TFormState, formData: FormData) => Promise<TFormState>;
  fields: TAdminField[];
  submit: MessageKey;
  /** Accessible name of the form, e.g. "New meeting". */
  title: string;
};


export function AdminForm({ action, fields, submit, title }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const t = useTranslator();
  const message = (key?: string) => (key ? t.tKnown(key, "admin.errors.generic") : undefined);
  return (
    <form action={formAction} aria-label={title} className="grid max-w-2xl gap-3" noValidate>
      {fields.map((field) => {
        const id = `${title.replace(/\W+/g, "-").toLowerCase()}-${field.name}`;
        const value = state.values?.[field.name] ?? field.defaultValue ?? "";
        // A new key when the server echoes values, so the control shows them.
        const controlKey = `${field.name}:${value}`;
        const common = { name: field.name, required: field.required, defaultValue: value, className: CONTROL_CLASS };
        return (
          <Field key={field.name} id={id} label={t.t(field.label)} hint={field.hint ? t.t(field.hint) : undefined} error={message(state.fieldErrors?.[field.name])}>
            {(a11y) =>
              field.type === "textarea" ? (
                <textarea key={controlKey} rows={14} {...a11y} {...common} />
              ) : field.type === "select" ? (
                <select key={controlKey} {...a11y} {...common}>
                  {field.options?.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </select>
              ) : (
                <input key={controlKey} type={field.type ?? "text"} autoComplete={field.autoComplete} {...a11y} {...common} />
              )
            }
          </Field>
        );
      })}
      <div role="status" aria-live="polite" className="grid gap-1">
        {state.formError ? <p className="text-danger">{message(state.formError)}</p> : null}
        {state.notice ? <p className="text-ok">{t.tKnown(state.notice, "admin.saved", state.values)}</p> : null}
        {state.link ? (
          <p className="break-all rounded border border-line bg-surface p-2 font-mono text-sm" data-testid="invitation-link">
            {state.link}
          </p>
        ) : null}
      </div>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t.t("admin.saving") : t.t(submit)}
        </Button>
      </div>
    </form>
  );
}
