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
