"use client";
// A submit button that keeps keyboard focus while its form is being saved: a
// `disabled` button drops focus to the page body (issue 16), so it is marked
// aria-disabled instead and refuses a second press until the save returns.
import type { ReactNode } from "react";

type Props = {
  pending: boolean;
  children: ReactNode;
  className?: string;
};

export function SubmitButton({ pending, children, className = "" }: Props) {
  return (
    <button
      type="submit"
      aria-disabled={pending}
      onClick={(event) => {
        if (pending) event.preventDefault();
      }}
      className={`${className} aria-disabled:cursor-wait aria-disabled:opacity-60`}
    >
      {children}
    </button>
  );
}
