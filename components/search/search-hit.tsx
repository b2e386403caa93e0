import type { ReactNode } from "react";
import type { Translator } from "@/lib/i18n/translator";
import type { TSearchHit } from "@/lib/dal/search";
import { BADGE_CLASS, ScopeIcon } from "@/components/annotations/scope-style";
import { formatDate } from "@/components/positions/labels";
import { Seeded, withParts } from "@/components/i18n/with-parts";

/** The line that names a hit: its author for people's writing, what it is for reference material. */
function heading(hit: TSearchHit, t: Translator): ReactNode {
  // Delegation names are meeting content, in English (lib/i18n/content-language.ts).
  const who = { delegation: <Seeded>{hit.delegation ?? ""}</Seeded>, person: hit.author ?? "" };
  switch (hit.kind) {
    case "NOTE":
      return withParts(t.t("search.hit.note"), who);
    case "REPLY":
      return withParts(t.t("search.hit.reply"), who);
    case "ACTION":
      return withParts(t.t("search.hit.actionBy"), who);
    case "ACTION_COMMENT":
      return t.t("search.hit.comment", { action: hit.actionTitle ?? "" });
    case "POSITION":
      return t.t("search.hit.position", { group: hit.scopeGroup ? t.t(`groups.${hit.scopeGroup}`) : "" });
    case "STANCE":
      return withParts(t.t("search.hit.stance", { value: hit.stanceValue ? t.t(`positions.stance.${hit.stanceValue}`) : "" }), { delegation: who.delegation });
    case "PARAGRAPH":
      return t.t("search.hit.paragraph", { number: hit.paragraph ?? "" });
    case "INSTRUMENT":
      return t.t("search.hit.instrument");
    case "KEY_FIGURE":
      return t.t("search.hit.keyFigure");
  }
}

function scopeLabel(hit: TSearchHit, t: Translator): string {
  if (hit.scope === "GROUP") return t.t("search.scopeBadge.GROUP", { group: hit.scopeGroup ? t.t(`groups.${hit.scopeGroup}`) : "" });
  return t.t(`search.scopeBadge.${hit.scope}`);
}

// One result: a link named by what the result is (the title of an action, an
// instrument's code and name, else who wrote what), the snippet with its matches
// marked (stored text escaped first, lib/search/highlight.ts), and where it belongs.
export function SearchHit({ hit, t }: { hit: TSearchHit; t: Translator }) {
  const named = hit.kind === "ACTION" || hit.kind === "INSTRUMENT";
  return (
    <li className="grid gap-1 rounded border border-line bg-white p-3">
      <h3 className="font-semibold">
        <a href={hit.href} className="text-brand underline-offset-2 hover:underline">
          {hit.kind === "INSTRUMENT" && hit.code ? <span className="font-mono">{`${hit.code} — `}</span> : null}
          {named ? <span className="search-title" lang={hit.language ?? undefined} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} /> : heading(hit, t)}
        </a>
      </h3>
      {named ? <p className="text-sm text-muted">{heading(hit, t)}</p> : null}
      {hit.kind !== "INSTRUMENT" ? <p className="search-snippet" lang={hit.language ?? undefined} dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} /> : null}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-muted">
        {hit.theme ? <span>{withParts(t.t("search.hit.theme", { code: hit.theme.code }), { title: <Seeded>{hit.theme.title}</Seeded> })}</span> : null}
        {hit.meeting ? <Seeded>{hit.meeting}</Seeded> : null}
        {hit.kind === "ACTION_COMMENT" || hit.kind === "POSITION" ? (
          hit.delegation ? <span>{withParts(t.t("search.hit.commentBy", { person: hit.author ?? "" }), { delegation: <Seeded>{hit.delegation}</Seeded> })}</span> : null
        ) : null}
        {hit.positionStatus ? <span>{t.t("search.hit.positionStatus", { status: t.t(`positions.status.${hit.positionStatus}`) })}</span> : null}
        <span className={`${BADGE_CLASS[hit.scope]} text-xs`}>
          <ScopeIcon scope={hit.scope} />
          {scopeLabel(hit, t)}
        </span>
        {hit.hidden ? <span className="rounded border border-danger px-2 py-0.5 text-xs text-danger">{t.t("search.hit.hidden")}</span> : null}
        {hit.date ? <time dateTime={hit.date.toISOString()}>{formatDate(t, hit.date)}</time> : null}
      </p>
    </li>
  );
}
