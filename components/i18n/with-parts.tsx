import { Fragment, type ReactNode } from "react";
import { SEED_CONTENT_LANGUAGE } from "@/lib/i18n/content-language";

// Fills a message's {placeholders} with elements rather than strings, so that a
// name or title inside an interface sentence can carry its own `lang` ("Note de
// <span lang="en">Government of Sri Lanka</span>"). Give it the message unfilled
// (t.t(key) leaves unknown placeholders as they are).
export function withParts(template: string, parts: Record<string, ReactNode>): ReactNode {
  return template.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    return <Fragment key={i}>{name !== undefined && name in parts ? parts[name] : piece}</Fragment>;
  });
}

/** Meeting content (seeded in English) inside interface text. */
export function Seeded({ children }: { children: ReactNode }) {
  return <span lang={SEED_CONTENT_LANGUAGE}>{children}</span>;
}
