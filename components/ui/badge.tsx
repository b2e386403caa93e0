import type { ReactNode } from "react";

type Tone = "neutral" | "brand" | "accent" | "ok";

const TONES: Record<Tone, string> = {
  neutral: "bg-surface text-ink border-line",
  brand: "bg-[#e8ebf7] text-brand-strong border-[#b9c1e6]",
  accent: "bg-[#e3f2f2] text-[#084f4f] border-[#a8d5d5]",
  ok: "bg-[#e6f4ec] text-ok border-[#a9d8bd]",
};

export function Badge({ tone = "neutral", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm ${TONES[tone]}`}>{children}</span>;
}
