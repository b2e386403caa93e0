import type { Metadata } from "next";
import { cache } from "react";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireViewer } from "@/lib/auth/current-viewer";
import { getTranslator } from "@/lib/i18n/server";
import { findActionForViewer } from "@/lib/dal/actions";
import { loadActionDirectory } from "@/lib/dal/actions-directory";
import { formatMoment } from "@/lib/follow-up/format";
import { RenderedMarkdown } from "@/components/ui/rendered-markdown";
import { Seeded, withParts } from "@/components/i18n/with-parts";
import { langOf, SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";
import { DueDate, PriorityBadge, StatusBadge } from "@/components/actions/action-badges";
import { ActionHistory } from "@/components/actions/action-history";
import { StatusMoveForm } from "@/components/actions/status-move-form";
import { CommentForm } from "@/components/actions/comment-form";
import { DeleteActionForm } from "@/components/actions/delete-action-form";
import { commentLabels, deleteLabels, statusLabels } from "@/components/actions/action-form-labels";
import { LiveWatch } from "@/components/live/live-watch";

type Props = { params: Promise<{ id: string }> };

// Once per request, for the title and the page alike.
const findAction = cache(async (id: string) => findActionForViewer(await requireViewer(), id));

async function load(params: Props["params"]) {
  return findAction((await params).id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const action = await load(params);
  return { title: action?.title };
}

export default async function ActionPage({ params }: Props) {
  const viewer = await requireViewer();
  const [t, action, directory] = await Promise.all([getTranslator(), load(params), loadActionDirectory(viewer)]);
  if (!action) notFound();
  const person = (p: { name: string; delegationName: string }) => `${p.delegationName} — ${p.name}`;
  return (
    <article className="grid gap-6">
      <LiveWatch kinds={["action"]} subjectId={action.id} />
      <header className="grid gap-2">
        <nav aria-label={t.t("actions.detail.breadcrumb")} className="text-sm">
          <Link href="/actions" className="text-brand underline-offset-2 hover:underline">
            {t.t("actions.title")}
          </Link>
        </nav>
        <h1 className="text-2xl font-semibold" lang={langOf(action.language)}>
          {action.title}
        </h1>
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge status={action.status} t={t} />
          <PriorityBadge priority={action.priority} t={t} />
          <DueDate dueOn={action.dueOn} overdue={action.overdue} t={t} />
        </div>
        {action.can.edit ? (
          <p>
            <Link href={`/actions/${action.id}/edit`} className="text-brand underline underline-offset-2">
              {t.t("actions.detail.edit")}
            </Link>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="sr-only">
          {t.t("actions.detail.facts")}
        </h2>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t.t("actions.detail.status")}</dt>
          <dd>
            {t.t(`actions.statuses.${action.status}`)}
            {action.status === "BLOCKED" && action.blockedReason ? ` — ${t.t("actions.detail.blockedReason")}: ${action.blockedReason}` : null}
          </dd>
          <dt className="font-medium">{t.t("actions.detail.assignee")}</dt>
          <dd>{action.assignee ? person(action.assignee) : t.t("actions.unassigned")}</dd>
          <dt className="font-medium">{t.t("actions.detail.due")}</dt>
          <dd>
            <DueDate dueOn={action.dueOn} overdue={action.overdue} t={t} />
          </dd>
          <dt className="font-medium">{t.t("actions.detail.scope")}</dt>
          <dd>{t.t(`actions.scopes.${action.scope}`)}</dd>
          <dt className="font-medium">{t.t("actions.detail.owner")}</dt>
          <dd>{action.delegationName}</dd>
          {action.meeting ? (
            <>
              <dt className="font-medium">{t.t("actions.detail.meeting")}</dt>
              <dd>
                <Link href={`/meetings/${action.meeting.slug}`} className="text-brand underline-offset-2 hover:underline">
                  {action.meeting.title}
                </Link>
              </dd>
            </>
          ) : null}
          {action.theme ? (
            <>
              <dt className="font-medium">{t.t("actions.detail.theme")}</dt>
              <dd>
                <Link
                  href={`/meetings/${action.theme.meetingSlug}/themes/${encodeURIComponent(action.theme.code)}`}
                  className="text-brand underline-offset-2 hover:underline"
                >
                  {action.theme.code} — <Seeded>{action.theme.title}</Seeded>
                </Link>
              </dd>
            </>
          ) : null}
          {action.copiedFrom ? (
            <>
              <dt className="font-medium">{t.t("carry.actionLinks.copiedFrom")}</dt>
              <dd data-testid="action-copied-from">
                <Link href={`/actions/${action.copiedFrom.id}`} className="text-brand underline-offset-2 hover:underline">
                  {action.copiedFrom.code ?? action.title}
                </Link>
              </dd>
            </>
          ) : null}
          {action.copiedTo.length > 0 ? (
            <>
              <dt className="font-medium">{t.t("carry.actionLinks.copiedTo")}</dt>
              <dd data-testid="action-copied-to">
                {action.copiedTo.map((c, i) => (
                  <span key={c.id}>
                    {i > 0 ? ", " : null}
                    <Link href={`/actions/${c.id}`} className="text-brand underline-offset-2 hover:underline">
                      {c.code ?? action.title}
                    </Link>
                  </span>
                ))}
              </dd>
            </>
          ) : null}
          <dt className="font-medium">{t.t("actions.detail.createdBy")}</dt>
          <dd>{t.t("actions.detail.createdOn", { person: person(action.creator), date: formatMoment(action.createdAt, t.locale) })}</dd>
        </dl>
      </section>

      <section aria-labelledby="description-heading">
        <h2 id="description-heading" className="mb-2 text-lg font-semibold">
          {t.t("actions.detail.description")}
        </h2>
        {action.descriptionHtml ? (
          <RenderedMarkdown html={action.descriptionHtml} language={action.language} />
        ) : <p className="text-muted">{t.t("actions.detail.noDescription")}</p>}
      </section>

      {action.note ? (
        <section aria-labelledby="note-heading">
          <h2 id="note-heading" className="mb-2 text-lg font-semibold">
            {t.t("actions.detail.note")}
          </h2>
          <p className="mb-1 font-medium">
            {withParts(t.t("actions.detail.noteBy"), { person: action.note.author, delegation: <Seeded>{action.note.delegation}</Seeded> })}
          </p>
          {action.note.quote ? (
            <blockquote lang={SEED_CONTENT_LANGUAGE} className="mb-2 border-l-4 border-line pl-3 italic">
              {action.note.quote}
            </blockquote>
          ) : null}
          <p lang={langOf(action.note.language)} className="mb-2 whitespace-pre-line">
            {action.note.excerpt}
          </p>
          <Link href={action.note.href} className="text-brand underline underline-offset-2">
            {t.t("actions.detail.openNote")}
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="status-heading">
        <h2 id="status-heading" className="mb-2 text-lg font-semibold">
          {t.t("actions.status.heading")}
        </h2>
        {action.can.changeStatus ? (
          <StatusMoveForm actionId={action.id} fromStatus={action.status} nextStatuses={action.nextStatuses} labels={statusLabels(t)} variant="detail" />
        ) : (
          <p className="text-muted">{t.t("actions.status.none")}</p>
        )}
      </section>

      <section aria-labelledby="comments-heading" className="grid gap-3">
        <h2 id="comments-heading" className="text-lg font-semibold">
          {t.t("actions.comments.heading")}
        </h2>
        {action.comments.length === 0 ? (
          <p className="text-muted">{t.t("actions.comments.empty")}</p>
        ) : (
          <ol className="grid gap-3">
            {action.comments.map((c) => (
              <li key={c.id} id={`comment-${c.id}`} className="rounded border border-line p-3">
                <p className="mb-1 text-sm">
                  <span className="font-medium">{person(c.author)}</span>{" "}
                  <time dateTime={c.createdAt.toISOString()} className="text-muted">
                    {formatMoment(c.createdAt, t.locale)}
                  </time>
                </p>
                <RenderedMarkdown html={c.bodyHtml} language={c.language} />
              </li>
            ))}
          </ol>
        )}
        {action.can.comment ? <CommentForm actionId={action.id} labels={commentLabels(t)} /> : <p className="text-muted">{t.t("actions.comments.readOnly")}</p>}
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-2 text-lg font-semibold">
          {t.t("actions.history.heading")}
        </h2>
        <ActionHistory events={action.events} directory={directory} t={t} />
      </section>

      {action.can.delete ? <DeleteActionForm actionId={action.id} labels={deleteLabels(t)} /> : null}
    </article>
  );
}
