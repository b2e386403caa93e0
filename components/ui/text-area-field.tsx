import type { TextareaHTMLAttributes } from "react";
import { CONTROL_CLASS, Field } from "./field";

export function TextAreaField({
  id,
  label,
  error,
  hint,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; error?: string; hint?: string }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => <textarea {...a11y} className={CONTROL_CLASS} {...textarea} />}
    </Field>
  );
}
