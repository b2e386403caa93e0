import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "small" | "link";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-strong px-4 py-2 rounded font-medium disabled:opacity-60",
  secondary: "border border-line bg-white text-ink hover:bg-surface px-3 py-1.5 rounded disabled:opacity-60",
  /** The secondary look in small print, as one class (app/globals.css). */
  small: "btn-small",
  link: "text-brand underline underline-offset-2 hover:text-brand-strong",
};

/** The classes of a variant, for a native button that needs its own behaviour. */
export function buttonClass(variant: Variant): string {
  return VARIANTS[variant];
}

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return <button type={type} className={`${VARIANTS[variant]} ${className}`} {...props} />;
}
