import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "small" | "link";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-brand text-white hover:bg-brand-strong px-4 py-2 rounded font-medium disabled:opacity-60",
  secondary: "border border-line bg-white text-ink hover:bg-surface px-3 py-1.5 rounded disabled:opacity-60",
  /** The secondary look in small print, as one class (app/globals.css). */
  small: "btn-small",
  link: "text-brand underline underline-offset-2 hover:text-brand-strong",
};

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return <button type={type} className={`${VARIANTS[variant]} ${className}`} {...props} />;
}
