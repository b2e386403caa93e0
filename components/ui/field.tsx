import type { ReactNode } from "react";

// The frame every form control shares: its label, an optional hint and its error,
// with hint and error tied to the control by aria-describedby and the error
// announced politely. `children` receives the attributes the control must carry.
export type TControlA11y = { id: string; "aria-invalid"?: true; "aria-describedby": string };

export function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (control: TControlA11y) => ReactNode;
}) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": hint ? `${hintId} ${errorId}` : errorId })}
      <p id={errorId} aria-live="polite" className="min-h-5 text-sm text-danger">
        {error}
      </p>
    </div>
  );
}

export const CONTROL_CLASS = "rounded border border-line bg-white px-3 py-2 aria-[invalid=true]:border-danger";
