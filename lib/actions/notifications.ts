"use server";
import "server-only";
// Marking one's own notifications as read. Only the owner's rows are touched: the
// userId comes from the session, never from the form.
import { revalidatePath } from "next/cache";
import { db } from "@/lib/db";
import { requireViewer } from "@/lib/auth/current-viewer";
import { auditEntry } from "@/lib/audit";

export async function markAllNotificationsReadAction(): Promise<void> {
  const viewer = await requireViewer();
  await db.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: { userId: viewer.userId, readAt: null },
      data: { readAt: new Date() },
    });
    if (count > 0) {
      await tx.auditLog.create({ data: auditEntry(viewer, "notification.mark_all_read", { type: "User", id: viewer.userId }, { count }) });
    }
  });
  revalidatePath("/", "layout");
}
