import type { InputHTMLAttributes } from "react";

// A labelled input with its error announced politely and tied to the control by
// aria-describedby, so screen readers read the message with the field.
export function TextField({
  id,
  label,
  error,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; error?: string }) {
  const errorId = `${id}-error`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className="rounded border border-line px-3 py-2 aria-[invalid=true]:border-danger"
        {...input}
      />
      <p id={errorId} aria-live="polite" className="min-h-5 text-sm text-danger">
        {error}
      </p>
    </div>
  );
}
