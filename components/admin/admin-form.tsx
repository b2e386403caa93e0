"use client";
// One accessible form for the administration pages, driven by a list of fields:
// every control labelled, hints and errors tied to it with aria-describedby, errors
// announced politely, what was typed kept after an error, submit disabled while the
// server works.
import { useActionState } from "react";
import type { TFormState } from "@/lib/forms/form-state";
import { createTranslator, type MessageKey } from "@/lib/i18n/translator";
import type { TLocale } from "@/lib/i18n/locales";
import { Button } from "@/components/ui/button";

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
  locale: TLocale;
  fields: TAdminField[];
  submit: MessageKey;
  /** Accessible name of the form, e.g. "New meeting". */
  title: string;
};

const CONTROL = "rounded border border-line px-3 py-2 aria-[invalid=true]:border-danger";

export function AdminForm({ action, locale, fields, submit, title }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const t = createTranslator(locale);
  const message = (key?: string) => (key ? t.tKnown(key, "admin.errors.generic") : undefined);
  return (
    <form action={formAction} aria-label={title} className="grid max-w-2xl gap-3" noValidate>
      {fields.map((field) => {
        const id = `${title.replace(/\W+/g, "-").toLowerCase()}-${field.name}`;
        const error = message(state.fieldErrors?.[field.name]);
        const describedBy = [field.hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
        const value = state.values?.[field.name] ?? field.defaultValue ?? "";
        const common = {
          id,
          name: field.name,
          "aria-invalid": error ? true : undefined,
          "aria-describedby": describedBy,
          required: field.required,
          defaultValue: value,
          className: CONTROL,
        };
        // A new key when the server echoes values, so the control shows them.
        const controlKey = `${field.name}:${value}`;
        return (
          <div key={field.name} className="flex flex-col gap-1">
            <label htmlFor={id} className="font-medium">
              {t.t(field.label)}
            </label>
            {field.hint ? (
              <p id={`${id}-hint`} className="text-sm text-muted">
                {t.t(field.hint)}
              </p>
            ) : null}
            {field.type === "textarea" ? (
              <textarea key={controlKey} rows={14} {...common} />
            ) : field.type === "select" ? (
              <select key={controlKey} {...common}>
                {field.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input key={controlKey} type={field.type ?? "text"} autoComplete={field.autoComplete} {...common} />
            )}
            <p id={`${id}-error`} aria-live="polite" className="min-h-5 text-sm text-danger">
              {error}
            </p>
          </div>
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
