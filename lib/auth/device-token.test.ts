import { describe, expect, it } from "vitest";
import { cookieFromHeader, issueDeviceToken, readDeviceTokens } from "./device-token";

const SECRET = "s".repeat(40);

describe("[auth] device token cookie", () => {
  it("reads back the tokens it issued, newest first, and drops forged or tampered ones", () => {
    const first = issueDeviceToken([], SECRET);
    const [a] = readDeviceTokens(first.cookieValue, SECRET);
    expect(a).toBeTruthy();
    const second = issueDeviceToken([a!], SECRET);
    const both = readDeviceTokens(second.cookieValue, SECRET);
    expect(both).toHaveLength(2);
    expect(both[1]).toBe(a);
    expect(readDeviceTokens(first.cookieValue, "other-secret".repeat(4))).toEqual([]);
    expect(readDeviceTokens(`${a}~forged`, SECRET)).toEqual([]);
    expect(readDeviceTokens("x".repeat(5000), SECRET)).toEqual([]);
  });

  it("keeps at most five accounts per browser", () => {
    let tokens: string[] = [];
    for (let i = 0; i < 7; i++) tokens = readDeviceTokens(issueDeviceToken(tokens, SECRET).cookieValue, SECRET);
    expect(tokens).toHaveLength(5);
  });

  it("finds one cookie in a Cookie header", () => {
    expect(cookieFromHeader("a=1; dw-device=x~y.z~w; b=2", "dw-device")).toBe("x~y.z~w");
    expect(cookieFromHeader(null, "dw-device")).toBeUndefined();
  });
});
