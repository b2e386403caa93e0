import { describe, expect, it } from "vitest";
import { messageCounter } from "./round-trips";

function untyped(code: number, payload = Buffer.alloc(0)) {
  const head = Buffer.alloc(8);
  head.writeInt32BE(8 + payload.length, 0);
  head.writeInt32BE(code, 4);
  return Buffer.concat([head, payload]);
}

function typed(type: string, payload = Buffer.alloc(0)) {
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeInt32BE(4 + payload.length, 1);
  return Buffer.concat([head, payload]);
}

const startup = untyped(196608, Buffer.from("user\0postgres\0database\0bench\0\0"));
// One extended-protocol query as node-postgres sends it, whose payloads contain the
// bytes 'S' and 'Q' that must not be mistaken for message types.
const extendedQuery = Buffer.concat([
  typed("P", Buffer.from("\0SELECT 'S', 'Q'\0\0\0")),
  typed("B", Buffer.from("\0\0\0\0\0\0\0\0")),
  typed("D", Buffer.from("P\0")),
  typed("E", Buffer.from("\0\0\0\0\0")),
  typed("S"),
]);
const simpleQuery = typed("Q", Buffer.from("BEGIN\0"));

function count(chunks: Buffer[]) {
  let n = 0;
  const feed = messageCounter(() => n++);
  for (const chunk of chunks) feed(chunk);
  return n;
}

describe("messageCounter", () => {
  it("counts one round trip per Sync and per simple Query, not the startup", () => {
    expect(count([startup, typed("p", Buffer.from("secret\0")), extendedQuery, simpleQuery, extendedQuery])).toBe(3);
  });

  it("skips an SSLRequest before the startup message", () => {
    expect(count([untyped(80877103), startup, simpleQuery])).toBe(1);
  });

  it("finds the same messages when TCP splits them anywhere", () => {
    const stream = Buffer.concat([startup, extendedQuery, simpleQuery, extendedQuery]);
    const bytes = [...stream].map((b) => Buffer.from([b]));
    expect(count(bytes)).toBe(3);
  });
});
