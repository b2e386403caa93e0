import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { listPeopleForViewer, PEOPLE_LIST_LIMIT, type TPersonView } from "@/lib/dal/people";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslator()).t("people.title") };
}

// The people the viewer may see (the same rule as each person's page), by delegation:
// the viewer's own first, then the rest of the group, then the secretariat.
export default async function PeoplePage() {
  const viewer = await requireViewer();
  const [t, { people, truncated }] = await Promise.all([getTranslator(), listPeopleForViewer(viewer)]);
  const sections = new Map<string, TPersonView[]>();
  const own = viewer.delegation?.name;
  if (own) sections.set(own, []);
  for (const person of people) {
    const key = person.delegation?.name ?? t.t("people.secretariat");
    sections.set(key, [...(sections.get(key) ?? []), person]);
  }
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-semibold">{t.t("people.title")}</h1>
      <p>{t.t(viewer.role === "SECRETARIAT" ? "people.introSecretariat" : "people.intro")}</p>
      {[...sections].map(([heading, members], index) => (
        <section key={heading} aria-labelledby={`people-${index}`}>
          <h2 id={`people-${index}`} className="text-lg font-semibold">
            {heading}
          </h2>
          {members[0]?.delegation ? <p className="mb-2 text-sm">{t.t(`groups.${members[0].delegation.group}`)}</p> : null}
          <ul className="grid gap-1">
            {members.map((person) => (
              <li key={person.id}>
                <Link href={`/people/${person.id}`} className="text-brand underline underline-offset-2">
                  {person.name}
                </Link>
                <span className="ml-2 text-sm">{t.t(`roles.${person.role}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {truncated ? <p className="text-sm">{t.t("people.truncated", { count: PEOPLE_LIST_LIMIT })}</p> : null}
    </div>
  );
}
