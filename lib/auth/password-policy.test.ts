import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { isCommonPassword, ZNewPassword } from "./password-policy";

const issue = (password: string) => ZNewPassword.safeParse(password).error?.issues[0]?.message;

describe("[auth] password policy", () => {
  it("ships the 3,000 most common passwords", () => {
    expect(COMMON_PASSWORDS).toHaveLength(3000);
    expect(COMMON_PASSWORDS[0]).toBe("123456");
    expect(new Set(COMMON_PASSWORDS).size).toBe(3000);
  });

  it("refuses short, overlong and common passwords with a message key each", () => {
    expect(issue("short-pass1")).toBe("password.errors.tooShort");
    expect(issue("x".repeat(129))).toBe("password.errors.tooLong");
    const longCommon = COMMON_PASSWORDS.find((p) => p.length >= 12)!;
    expect(issue(longCommon)).toBe("password.errors.tooCommon");
    expect(issue(longCommon.toUpperCase())).toBe("password.errors.tooCommon");
  });

  it("accepts a long, uncommon passphrase at both length limits", () => {
    expect(issue("migration roundtable 2013")).toBeUndefined();
    expect(issue("a1b2c3d4e5f6")).toBeUndefined();
    expect(issue("q".repeat(127) + "z")).toBeUndefined();
    expect(isCommonPassword("demo-password-2013")).toBe(false);
  });
});
