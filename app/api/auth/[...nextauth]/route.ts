// next-auth's HTTP endpoints are not exposed: see lib/auth/auth-routes.ts for what
// answers here instead, and why.
import { authGet, authPost } from "@/lib/auth/auth-routes";

export const GET = authGet;
export const POST = authPost;
