import type { TDiffSegment } from "@/lib/positions/word-diff";

export type TDiffLabels = { removed: string; added: string; end: string; none: string };

// A word diff as running text. Removed words are struck through, added ones
// underlined, and each change carries a hidden spoken label ("removed:", "added:")
// so the meaning never rests on colour or line style alone. Plain text, never
// Markdown: the diff shows exactly which characters changed.
export function DiffView({ segments, labels, id }: { segments: readonly TDiffSegment[]; labels: TDiffLabels; id?: string }) {
  if (!segments.some((s) => s.op !== "equal")) return <p id={id}>{labels.none}</p>;
  return (
    <div id={id} className="max-h-[32rem] overflow-auto whitespace-pre-wrap break-words rounded border border-line bg-white p-3 font-mono text-sm leading-6">
      {segments.map((segment, i) => {
        if (segment.op === "equal") return <span key={i}>{segment.text}</span>;
        if (segment.op === "delete") {
          return (
            <del key={i} className="bg-[#fde8e8] text-[#7f1d1d] decoration-2">
              <span className="sr-only">[{labels.removed} </span>
              {segment.text}
              <span className="sr-only"> {labels.end}]</span>
            </del>
          );
        }
        return (
          <ins key={i} className="bg-[#e6f4ec] text-[#14532d] underline decoration-2 underline-offset-2">
            <span className="sr-only">[{labels.added} </span>
            {segment.text}
            <span className="sr-only"> {labels.end}]</span>
          </ins>
        );
      })}
    </div>
  );
}
