"use server";
import "server-only";
// Issuing and revoking the personal calendar feed (lib/dal/actions-calendar.ts). The
// person is always the signed-in one: no user id is read from the form.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { requireViewer } from "@/lib/auth/current-viewer";
import { issueCalendarFeedToken, revokeCalendarFeedTokens } from "@/lib/dal/actions-calendar";

export type TCalendarFeedState = { url?: string; revoked?: boolean; formError?: string };

async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}

export async function issueCalendarFeed(_previous: TCalendarFeedState): Promise<TCalendarFeedState> {
  const viewer = await requireViewer();
  try {
    const token = await issueCalendarFeedToken(viewer);
    if (!token) return { formError: "actions.errors.forbidden" };
    revalidatePath("/actions/calendar");
    return { url: `${await origin()}/api/calendar/${token}.ics` };
  } catch (error) {
    console.error("[actions] calendar feed", error);
    return { formError: "actions.errors.generic" };
  }
}

export async function revokeCalendarFeed(_previous: TCalendarFeedState): Promise<TCalendarFeedState> {
  const viewer = await requireViewer();
  try {
    await revokeCalendarFeedTokens(viewer);
    revalidatePath("/actions/calendar");
    return { revoked: true };
  } catch (error) {
    console.error("[actions] calendar feed", error);
    return { formError: "actions.errors.generic" };
  }
}
