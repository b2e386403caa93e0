import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Seeded, withParts } from "./with-parts";

const html = (node: ReturnType<typeof withParts>) => renderToStaticMarkup(createElement("p", null, node));

describe("[i18n] interface sentences with content of another language inside", () => {
  it("puts elements where the placeholders are, in the order the language writes them", () => {
    const name = createElement(Seeded, null, "Government of Sri Lanka");
    expect(html(withParts("{delegation} — {person}", { delegation: name, person: "Anusha Fernando" }))).toBe(
      '<p><span lang="en">Government of Sri Lanka</span> — Anusha Fernando</p>',
    );
    expect(html(withParts("Écrite par {person} ({delegation})", { delegation: name, person: "A & B" }))).toBe(
      '<p>Écrite par A &amp; B (<span lang="en">Government of Sri Lanka</span>)</p>',
    );
  });

  it("leaves unknown placeholders and plain text as they are", () => {
    expect(html(withParts("{count} of {total}", { count: "3" }))).toBe("<p>3 of {total}</p>");
  });
});
