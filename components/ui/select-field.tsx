import type { ReactNode, Ref, SelectHTMLAttributes } from "react";
import { CONTROL_CLASS, Field } from "./field";

export function SelectField({
  id,
  label,
  error,
  hint,
  children,
  ref,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { id: string; label: string; error?: string; hint?: string; children: ReactNode; ref?: Ref<HTMLSelectElement> }) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(a11y) => (
        <select ref={ref} {...a11y} className={CONTROL_CLASS} {...select}>
          {children}
        </select>
      )}
    </Field>
  );
}
