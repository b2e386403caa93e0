import type { InputHTMLAttributes } from "react";
import { CONTROL_CLASS, Field } from "./field";

export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: string; error?: string }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => <input {...a11y} className={CONTROL_CLASS} {...input} />}
    </Field>
  );
}
