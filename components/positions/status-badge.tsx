import { Badge } from "@/components/ui/badge";
import type { Translator } from "@/lib/i18n/translator";
import type { TPositionStatus } from "@/lib/positions/status";

const TONES = { NONE: "neutral", DRAFT: "brand", AGREED: "accent", DELIVERED: "ok" } as const;

/** The status always as words; the colour only repeats them. */
export function PositionStatusBadge({ status, t }: { status: TPositionStatus | "NONE"; t: Translator }) {
  return <Badge tone={TONES[status]}>{t.t(`positions.status.${status}`)}</Badge>;
}
