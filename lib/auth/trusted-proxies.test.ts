import { describe, expect, it } from "vitest";
import { parseTrustedProxies, pickClientAddress, type TTrustedProxies } from "./trusted-proxies";

function trusted(value: string | undefined): TTrustedProxies {
  const parsed = parseTrustedProxies(value);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("[auth] client address from configured proxies", () => {
  it("with no trusted proxy, takes the socket peer our server appended, whatever the client wrote", () => {
    const none = trusted(undefined);
    expect(pickClientAddress("203.0.113.7", none)).toBe("203.0.113.7");
    expect(pickClientAddress("1.2.3.4, 5.6.7.8, 203.0.113.7", none)).toBe("203.0.113.7");
    expect(pickClientAddress("::ffff:127.0.0.1", none)).toBe("127.0.0.1");
    expect(pickClientAddress(null, none)).toBe("unknown");
    expect(trusted("0")).toEqual({ kind: "none" });
    expect(trusted("none")).toEqual({ kind: "none" });
  });

  it("with TRUSTED_PROXIES=1, takes the entry the proxy appended, not the client's", () => {
    const one = trusted("1");
    // client-written, proxy-appended client address, our server's socket peer (the proxy)
    expect(pickClientAddress("6.6.6.6, 198.51.100.20, 10.0.0.2", one)).toBe("198.51.100.20");
    expect(pickClientAddress("198.51.100.20, 10.0.0.2", one)).toBe("198.51.100.20");
    expect(pickClientAddress("10.0.0.2", one)).toBe("10.0.0.2");
  });

  it("with a CIDR list, skips the trusted hops from the right and stops at the first untrusted one", () => {
    const ranges = trusted("10.0.0.0/8, 192.168.1.1, fd00::/8");
    expect(pickClientAddress("6.6.6.6, 198.51.100.20, 192.168.1.1, 10.0.0.2", ranges)).toBe("198.51.100.20");
    expect(pickClientAddress("10.1.1.1, fd00::1", ranges)).toBe("10.1.1.1");
    expect(pickClientAddress("6.6.6.6, 203.0.113.9", ranges)).toBe("203.0.113.9");
  });

  it("refuses a malformed setting and reads garbage entries as unknown", () => {
    expect(parseTrustedProxies("proxy.internal")).toHaveProperty("error");
    expect(parseTrustedProxies("10.0.0.0/99")).toHaveProperty("error");
    expect(parseTrustedProxies("11")).toHaveProperty("error");
    expect(pickClientAddress("6.6.6.6, not-an-address", trusted("1"))).toBe("6.6.6.6");
    expect(pickClientAddress("evil\u0000", trusted(undefined))).toBe("unknown");
  });
});
