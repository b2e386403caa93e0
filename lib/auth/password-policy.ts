// What a new password must be: 12 to 128 characters and not among the 3,000 most
// common passwords (compared case-insensitively, since "Password1234" is no better
// than "password1234"). Messages are i18n keys.
import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

const COMMON = new Set(COMMON_PASSWORDS.map((p) => p.toLowerCase()));

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, "password.errors.tooShort")
  .max(PASSWORD_MAX_LENGTH, "password.errors.tooLong")
  .refine((p) => !isCommonPassword(p), "password.errors.tooCommon");
