import { Link } from "@/components/ui/link";
import type { Viewer } from "@/lib/auth/viewer";
import type { TThemeDetail } from "@/lib/dal/meetings";
import type { Translator } from "@/lib/i18n/translator";
import { dialoguePanelFor } from "@/lib/dal/carry-panel";
import { carryActionAction, carryNoteAction, carryPositionAction, copyActionAction } from "@/lib/actions/carry";
import { canWriteNotes, scopesFor } from "@/lib/annotations/rules";
import { actionCapabilities } from "@/lib/follow-up/capabilities";
import { mayEditPosition, ownPositionGroup } from "@/lib/positions/access";
import { positionHref, themeHref } from "@/lib/positions/paths";
import type { TPositionGroup } from "@/lib/positions/status";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { langOf, SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { PositionStatusBadge } from "@/components/positions/status-badge";
import { formatDate, formatDateTime } from "@/components/positions/labels";
import { CarryButton } from "./carry-button";

const LINK = "text-brand underline underline-offset-2 hover:text-brand-strong";

// A technical-meeting theme's "From the High-level Dialogue" panel: what the viewer's
// delegation and group did on each roundtable this theme follows up, read in one
// query through the visibility builders (lib/dal/carry-panel.ts), with the notes'
// HTML as stored. Members who may edit their group's position carry its text here.
export async function DialoguePanel({ viewer, theme, t }: { viewer: Viewer; theme: TThemeDetail; t: Translator }) {
  const roundtables = await dialoguePanelFor(viewer, theme.id);
  const group = ownPositionGroup(viewer);
  const mayCarry = group !== null && mayEditPosition(viewer, group);
  const noteScopes = canWriteNotes(viewer) ? scopesFor(viewer) : [];
  return (
    <section aria-labelledby="dialogue-heading" className="grid gap-3 md:col-span-2" data-testid="dialogue-panel">
      <h2 id="dialogue-heading" className="text-lg font-semibold">
        {t.t("carry.panel.heading")}
      </h2>
      {roundtables.length === 0 ? (
        <p>{t.t("carry.panel.none")}</p>
      ) : (
        <>
          <p className="text-sm text-muted">{t.t("carry.panel.intro")}</p>
          {roundtables.map((rt) => (
            <article key={rt.id} aria-labelledby={`dialogue-${rt.code}`} className="grid gap-3 rounded border border-line p-3">
              <h3 id={`dialogue-${rt.code}`} className="font-semibold">
                <Link href={themeHref(rt.meeting.slug, rt.code)} className={LINK}>
                  {rt.code}
                </Link>{" "}
                — <span lang={SEED_CONTENT_LANGUAGE}>{rt.title}</span>
              </h3>
              <div className="grid gap-2">
                <h4 className="font-medium">{t.t("carry.panel.positions")}</h4>
                {rt.positions.length === 0 ? <p className="text-sm">{t.t("carry.panel.noPosition")}</p> : null}
                {rt.positions.map((p) => (
                  <div key={p.group} className="grid gap-1" data-testid={`dialogue-position-${p.group}`}>
                    <p className="flex flex-wrap items-center gap-2">
                      <Link href={positionHref(rt.meeting.slug, rt.code, p.group as TPositionGroup)} className={LINK}>
                        {t.t(`groups.${p.group}`)}
                      </Link>
                      <PositionStatusBadge status={p.status} t={t} />
                      <span className="text-sm text-muted">
                        {p.deliveredAt
                          ? t.t("carry.panel.deliveredOn", { date: formatDate(t, p.deliveredAt) })
                          : p.agreedAt
                            ? t.t("carry.panel.agreedOn", { date: formatDate(t, p.agreedAt) })
                            : t.t("carry.panel.savedOn", { date: formatDate(t, p.updatedAt) })}
                      </span>
                    </p>
                    <div className="max-h-48 overflow-auto rounded bg-surface p-2 text-sm">
                      <RenderedMarkdown html={p.html} language={p.language} />
                    </div>
                    {p.carried ? (
                      <p className="text-sm" data-testid="carried-line">
                        {t.t("carry.panel.carried", {
                          code: theme.code,
                          revision: p.carried.targetRevision,
                          person: p.carried.carriedBy.name,
                          date: formatDateTime(t, p.carried.createdAt),
                        })}
                      </p>
                    ) : mayCarry && p.group === group && p.revision > 0 ? (
                      <CarryButton
                        action={carryPositionAction.bind(null, theme.meeting.slug, theme.code, rt.code)}
                        labels={{ carry: t.t("carry.panel.carry", { code: theme.code }), carrying: t.t("carry.panel.carrying") }}
                      />
                    ) : null}
                  </div>
                ))}
              </div>
              {viewer.delegation && group ? (
                <p className="text-sm">
                  {rt.stance ? t.t("carry.panel.stance", { stance: t.t(`positions.stance.${rt.stance.value}`) }) : t.t("carry.panel.noStance")}
                </p>
              ) : null}
              {viewer.delegation ? (
                <>
                  <div className="grid gap-1">
                    <h4 className="font-medium">{t.t("carry.panel.notes")}</h4>
                    {rt.annotations.length === 0 ? (
                      <p className="text-sm">{t.t("carry.panel.noNotes")}</p>
                    ) : (
                      <ul className="grid gap-2 text-sm">
                        {rt.annotations.map((n) => (
                          <li key={n.id} className="grid gap-1 border-l-2 border-line pl-2">
                            <RenderedMarkdown html={n.html} language={n.language} />
                            <span className="text-muted">
                              {t.t(`annotations.scopes.${n.scope}`)} · {t.t("carry.panel.noteBy", { person: n.author.name, date: formatDate(t, n.createdAt) })}
                            </span>
                            {n.copied ? (
                              <span data-testid="note-copied-line">
                                {t.t("carry.panel.noteCopied", { code: theme.code, person: n.copied.person, date: formatDateTime(t, n.copied.at) })}
                              </span>
                            ) : noteScopes.includes(n.scope) ? (
                              <CarryButton
                                action={carryNoteAction.bind(null, n.id, theme.meeting.slug, theme.code)}
                                labels={{ carry: t.t("carry.panel.copyNote", { person: n.author.name, code: theme.code }), carrying: t.t("carry.panel.carrying") }}
                              />
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  <div className="grid gap-1">
                    <h4 className="font-medium">{t.t("carry.panel.actions")}</h4>
                    {rt.actions.length === 0 ? (
                      <p className="text-sm">{t.t("carry.panel.noActions")}</p>
                    ) : (
                      <ul className="grid gap-1 text-sm">
                        {rt.actions.map((a) => (
                          <li key={a.id} className="grid gap-1">
                            <span>
                              <Link href={`/actions/${a.id}`} className={LINK} lang={langOf(a.language)}>
                                {a.title}
                              </Link>{" "}
                              <span className="text-muted">
                                ({t.t(`actions.statuses.${a.status}`)}
                                {a.dueOn ? `, ${t.t("carry.panel.due", { date: formatDate(t, a.dueOn) })}` : ""})
                              </span>
                            </span>
                            {a.copied ? (
                              <span data-testid="action-copied-line">
                                {t.t("carry.panel.actionCopied", { code: theme.code, person: a.copied.person, date: formatDateTime(t, a.copied.at) })}
                              </span>
                            ) : actionCapabilities(viewer, a).edit ? (
                              <div className="flex flex-wrap gap-2">
                                <CarryButton
                                  action={carryActionAction.bind(null, a.id, theme.meeting.slug, theme.code)}
                                  labels={{ carry: t.t("carry.panel.moveAction", { title: a.title, code: theme.code }), carrying: t.t("carry.panel.carrying") }}
                                />
                                <CarryButton
                                  action={copyActionAction.bind(null, a.id, theme.meeting.slug, theme.code)}
                                  labels={{ carry: t.t("carry.panel.copyAction", { title: a.title, code: theme.code }), carrying: t.t("carry.panel.carrying") }}
                                />
                              </div>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                </>
              ) : null}
              <p className="text-sm">
                <Link href={themeHref(rt.meeting.slug, rt.code)} className={LINK}>
                  {t.t("carry.panel.openRoundtable", { code: rt.code })}
                </Link>
              </p>
            </article>
          ))}
        </>
      )}
    </section>
  );
}
