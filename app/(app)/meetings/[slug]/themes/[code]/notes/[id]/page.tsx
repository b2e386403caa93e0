import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findNoteForViewer } from "@/lib/dal/annotations";
import { themePath } from "@/lib/annotations/paths";
import { NoteCard } from "@/components/annotations/note-card";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CLIENT_MESSAGES } from "@/lib/i18n/client-messages";
import { NoteAnnouncer } from "@/components/annotations/note-announcer";
import { Seeded, withParts } from "@/components/i18n/with-parts";
import { LiveWatch } from "@/components/live/live-watch";

type Params = { params: Promise<{ slug: string; code: string; id: string }> };

// A note at its own address (linked from notifications and "Link to this note").
// A note the viewer may not see — other scope, hidden, deleted — is a 404, exactly
// like one that never existed.
async function load(params: Params["params"]) {
  const { slug, code, id } = await params;
  let themeCode: string;
  try {
    themeCode = decodeURIComponent(code);
  } catch {
    return null; // a malformed address is simply not found
  }
  return findNoteForViewer(await requireViewer(), slug, themeCode, id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const found = await load(params);
  if (!found) return {};
  return { title: (await getTranslator()).t("annotations.notePage.title", { theme: found.theme.code }) };
}

export default async function NotePage({ params }: Params) {
  const [t, found] = await Promise.all([getTranslator(), load(params)]);
  if (!found) notFound();
  const { theme, note } = found;
  const themeHref = themePath(theme.meeting.slug, theme.code);
  return (
    <article className="grid max-w-3xl gap-4">
      <LiveWatch kinds={["note", "reply"]} subjectId={note.id} />
      <nav aria-label={t.t("theme.breadcrumb")} className="text-sm">
        <Link href={themeHref} className="text-brand underline-offset-2 hover:underline">
          {withParts(t.t("annotations.notePage.back"), {
            theme: (
              <>
                {theme.code} — <Seeded>{theme.title}</Seeded>
              </>
            ),
          })}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t.t("annotations.notePage.title", { theme: theme.code })}</h1>
      <ClientMessages paths={CLIENT_MESSAGES.annotations}>
        <NoteAnnouncer />
        <NoteCard note={note} t={t} themeHref={themeHref} tagSuggestions={[]} headingLevel={2} standalone />
      </ClientMessages>
    </article>
  );
}
