"use client";
// Opens the browser's print dialog; the page's print styles do the rest. Without
// JavaScript the browser's own Print command gives the same result.
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn-small" onClick={() => window.print()}>
      {label}
    </button>
  );
}
