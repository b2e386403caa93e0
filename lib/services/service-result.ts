// What a service function returns to its action: success with a value, field errors
// (i18n keys) to show beside the fields, or "not found" — which is also the answer
// when the viewer may not act on the thing, so nothing about it leaks.
export type TServiceResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; fieldErrors: Record<string, string> }
  | { ok: false; notFound: true };

export const ok = <T>(value: T): TServiceResult<T> => ({ ok: true, value });
export const fieldError = <T>(field: string, message: string): TServiceResult<T> => ({ ok: false, fieldErrors: { [field]: message } });
export const notFound = <T>(): TServiceResult<T> => ({ ok: false, notFound: true });

/** Prisma's unique-constraint violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}
