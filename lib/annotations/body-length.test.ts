import { describe, expect, it } from "vitest";
import { MAX_BODY_LENGTH } from "@/lib/validation/annotations";
import { MAX_NOTE_BODY_LENGTH } from "./body-length";

describe("[annotations] body length in the browser", () => {
  it("is the limit the server validates", () => {
    expect(MAX_NOTE_BODY_LENGTH).toBe(MAX_BODY_LENGTH);
  });
});
