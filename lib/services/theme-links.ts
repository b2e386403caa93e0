import "server-only";
// The secretariat's links from a technical-meeting theme to the High-level Dialogue
// roundtables it follows up. Setting them replaces the set in one transaction with
// one audit row naming what was added and removed. Only a theme of a technical
// meeting may follow up, and only roundtables of a High-level Dialogue be followed.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { auditEntry } from "@/lib/audit";
import { canManageContent } from "@/lib/authz/admin";
import { notFound, ok, type TServiceResult } from "./service-result";

export type TThemeLinksForAdmin = {
  themeId: string;
  /** Every roundtable that may be linked, in meeting and theme order. */
  candidates: { id: string; code: string; title: string; meeting: string }[];
  linked: string[];
};

export async function themeLinksForAdmin(viewer: Viewer, themeId: string): Promise<TThemeLinksForAdmin | null> {
  if (!canManageContent(viewer)) return null;
  const [theme, candidates] = await Promise.all([
    db.theme.findFirst({
      where: { id: themeId, meeting: { kind: "TECHNICAL_MEETING" } },
      select: { id: true, followsUp: { select: { sourceThemeId: true } } },
    }),
    db.theme.findMany({
      where: { meeting: { kind: "HIGH_LEVEL_DIALOGUE" } },
      orderBy: [{ meeting: { position: "asc" } }, { position: "asc" }],
      select: { id: true, code: true, title: true, meeting: { select: { title: true } } },
    }),
  ]);
  if (!theme) return null;
  return {
    themeId: theme.id,
    candidates: candidates.map((c) => ({ id: c.id, code: c.code, title: c.title, meeting: c.meeting.title })),
    linked: theme.followsUp.map((l) => l.sourceThemeId),
  };
}

export async function setThemeLinks(viewer: Viewer, themeId: string, sourceThemeIds: string[]): Promise<TServiceResult<{ added: string[]; removed: string[] }>> {
  if (!canManageContent(viewer)) return notFound();
  return db.$transaction(async (tx) => {
    const theme = await tx.theme.findFirst({
      where: { id: themeId, meeting: { kind: "TECHNICAL_MEETING" } },
      select: { id: true, code: true, followsUp: { select: { sourceTheme: { select: { id: true, code: true } } } } },
    });
    if (!theme) return notFound<{ added: string[]; removed: string[] }>();
    const wanted = await tx.theme.findMany({
      where: { id: { in: [...new Set(sourceThemeIds)] }, meeting: { kind: "HIGH_LEVEL_DIALOGUE" } },
      select: { id: true, code: true },
    });
    if (wanted.length !== new Set(sourceThemeIds).size) return notFound<{ added: string[]; removed: string[] }>();
    const current = theme.followsUp.map((l) => l.sourceTheme);
    const added = wanted.filter((w) => !current.some((c) => c.id === w.id));
    const removed = current.filter((c) => !wanted.some((w) => w.id === c.id));
    if (added.length === 0 && removed.length === 0) return ok({ added: [], removed: [] });
    await tx.themeLink.deleteMany({ where: { themeId: theme.id, sourceThemeId: { in: removed.map((r) => r.id) } } });
    await tx.themeLink.createMany({ data: added.map((a) => ({ themeId: theme.id, sourceThemeId: a.id })) });
    const summary = { theme: theme.code, added: added.map((a) => a.code), removed: removed.map((r) => r.code) };
    await tx.auditLog.create({ data: auditEntry(viewer, "theme.links", { type: "Theme", id: theme.id }, summary) });
    return ok({ added: summary.added, removed: summary.removed });
  });
}
