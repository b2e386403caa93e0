// The signed-in person as every data function sees them: who they are and whom they
// act for. Plain data, safe to pass to any server function.
import type { ConstituentGroup, Locale, UserRole } from "@/lib/generated/prisma/enums";

export type Viewer = {
  userId: string;
  sessionId: string;
  email: string;
  name: string;
  role: UserRole;
  locale: Locale;
  delegation: { id: string; name: string; group: ConstituentGroup } | null;
};

/** The columns a Viewer is built from (with the delegation's active flag). */
export const VIEWER_USER_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  delegation: { select: { id: true, name: true, group: true, active: true } },
} as const;

type TViewerUserRow = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  locale: Locale;
  delegation: { id: string; name: string; group: ConstituentGroup } | null;
};

export function toViewer(user: TViewerUserRow, sessionId: string): Viewer {
  return {
    userId: user.id,
    sessionId,
    email: user.email,
    name: user.name,
    role: user.role,
    locale: user.locale,
    delegation: user.delegation ? { id: user.delegation.id, name: user.delegation.name, group: user.delegation.group } : null,
  };
}
