import { meetingTiming } from "@/lib/meetings/timing";
import type { Translator } from "@/lib/i18n/translator";
import { Badge } from "@/components/ui/badge";

export function MeetingTiming({ startsOn, endsOn, t, now }: { startsOn: string | null; endsOn: string | null; t: Translator; now: Date }) {
  const timing = meetingTiming(startsOn, endsOn, now);
  switch (timing.state) {
    case "upcoming":
      return <Badge tone="brand">{t.plural("home.daysLeft", timing.days)}</Badge>;
    case "today":
      return <Badge tone="accent">{t.t("home.today")}</Badge>;
    case "inProgress":
      return <Badge tone="accent">{t.t("home.inProgress")}</Badge>;
    case "ended":
      return <Badge>{t.plural("home.ended", timing.days)}</Badge>;
    case "tbc":
      return <Badge>{t.t("home.datesTbc")}</Badge>;
  }
}
