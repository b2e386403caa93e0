import { describe, expect, it } from "vitest";
import { POSITION_STATUSES, canMoveTo, groupFromSlug, groupSlug, isEditable, isPositionGroup } from "./status";

describe("[positions] status transitions", () => {
  it("allows exactly DRAFT → AGREED → DELIVERED and back to DRAFT", () => {
    const allowed = POSITION_STATUSES.flatMap((from) => POSITION_STATUSES.filter((to) => canMoveTo(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(["AGREED→DELIVERED", "AGREED→DRAFT", "DELIVERED→DRAFT", "DRAFT→AGREED"]);
  });

  it("lets only drafts be edited", () => {
    expect(POSITION_STATUSES.filter(isEditable)).toEqual(["DRAFT"]);
  });

  it("maps groups to URL segments and rejects observers and unknown names", () => {
    expect(groupSlug("EMPLOYERS")).toBe("employers");
    expect(groupFromSlug("workers")).toBe("WORKERS");
    expect(groupFromSlug("observer")).toBeNull();
    expect(groupFromSlug("nobody")).toBeNull();
    expect(isPositionGroup("OBSERVER")).toBe(false);
  });
});
