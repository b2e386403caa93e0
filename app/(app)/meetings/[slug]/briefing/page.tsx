import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findMeetingForViewer } from "@/lib/dal/meetings";
import { loadBriefingForViewer } from "@/lib/dal/briefing";
import { parseBriefingOptions } from "@/lib/briefing/options";
import { BRIEFING_LIMITS } from "@/lib/briefing/limits";
import { BriefingOptions } from "@/components/briefing/briefing-options";
import { BriefingCover } from "@/components/briefing/briefing-cover";
import { BriefingTheme } from "@/components/briefing/briefing-theme";
import { BriefingAnnexes } from "@/components/briefing/briefing-annexes";
import "./briefing-print.css";

type Params = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const [t, meeting] = await Promise.all([getTranslator(), findMeetingForViewer(await requireViewer(), (await params).slug)]);
  return { title: meeting ? t.t("briefing.pageTitle", { meeting: meeting.title }) : undefined };
}

// The print-ready pack (the same data as …/briefing.pdf, lib/dal/briefing.ts).
export default async function BriefingPage({ params, searchParams }: Params) {
  const viewer = await requireViewer();
  const [{ slug }, query] = await Promise.all([params, searchParams]);
  const [t, pack] = await Promise.all([getTranslator(), loadBriefingForViewer(viewer, slug, parseBriefingOptions(query))]);
  if (!pack) notFound();
  return (
    <article className="briefing grid gap-8">
      <div className="grid gap-2 print:hidden">
        <nav aria-label={t.t("briefing.breadcrumb")} className="text-sm">
          <Link href={`/meetings/${encodeURIComponent(pack.meeting.slug)}`} className="text-brand underline-offset-2 hover:underline">
            {pack.meeting.title}
          </Link>
        </nav>
        <p className="max-w-prose">{t.t(pack.audience ? "briefing.intro" : "briefing.introPublic")}</p>
      </div>
      <BriefingOptions pack={pack} t={t} />
      <BriefingCover pack={pack} t={t} />
      {pack.truncated.notes ? <p className="font-medium">{t.t("briefing.truncated.notes", { count: BRIEFING_LIMITS.notes })}</p> : null}
      {pack.themes.map((theme) => (
        <BriefingTheme key={theme.code} pack={pack} theme={theme} t={t} />
      ))}
      <BriefingAnnexes pack={pack} t={t} />
    </article>
  );
}
