import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findPersonForViewer } from "@/lib/dal/people";

type Props = { params: Promise<{ id: string }> };

// Once per request, for the title and the page alike.
const findPerson = cache(async (id: string) => findPersonForViewer(await requireViewer(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await findPerson((await params).id);
  return { title: person?.name };
}

// Where an @mention leads: who the person is and whom they act for. Someone the viewer
// may not see (lib/authz/visibility.ts, visiblePeopleWhere) answers 404.
export default async function PersonPage({ params }: Props) {
  const [t, person] = await Promise.all([getTranslator(), findPerson((await params).id)]);
  if (!person) notFound();
  return (
    <article className="grid gap-4">
      <nav aria-label={t.t("people.breadcrumb")} className="text-sm">
        <Link href="/people" className="text-brand underline underline-offset-2">
          {t.t("people.title")}
        </Link>
      </nav>
      <h1 className="text-2xl font-semibold">{person.name}</h1>
      {person.active ? null : <p className="text-sm">{t.t("people.inactive")}</p>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t.t("people.role")}</dt>
        <dd>{t.t(`roles.${person.role}`)}</dd>
        <dt className="font-medium">{t.t("people.delegation")}</dt>
        <dd>{person.delegation?.name ?? t.t("people.secretariat")}</dd>
        {person.delegation ? (
          <>
            <dt className="font-medium">{t.t("people.group")}</dt>
            <dd>{t.t(`groups.${person.delegation.group}`)}</dd>
          </>
        ) : null}
        {person.email ? (
          <>
            <dt className="font-medium">{t.t("people.email")}</dt>
            <dd>{person.email}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}
