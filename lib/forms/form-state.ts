// The state a form's server action returns to it: messages are i18n keys; `values`
// echoes what was typed so nothing is lost on an error.
import type { ZodError } from "zod";
import type { TServiceResult } from "@/lib/services/service-result";

export type TFormState = {
  fieldErrors?: Record<string, string>;
  formError?: string;
  values?: Record<string, string>;
  notice?: string;
  /** A one-time link to show (invitations). */
  link?: string;
};

export function formValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(formData.get(f) ?? "")]));
}

export function zodFieldErrors(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/** Turns a failed service result into form state; the caller handles success. */
export function failureState(result: Exclude<TServiceResult<unknown>, { ok: true }>, values?: Record<string, string>): TFormState {
  if ("notFound" in result) return { formError: "admin.errors.notFound", values };
  return { fieldErrors: result.fieldErrors, values };
}
