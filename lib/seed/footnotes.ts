// The paper's footnotes arrive as the lines of the PDF's page bottoms, with notes
// split across lines and several notes on one line. Rebuild them by finding the
// markers 1, 2, 3 … in order, each followed by a capitalised word.
export type TFootnote = { number: number; text: string };

export function splitFootnotes(lines: string[]): TFootnote[] {
  const text = lines.join(" ").replace(/\s+/g, " ").trim();
  const starts: { number: number; at: number; textAt: number }[] = [];
  let from = 0;
  for (let n = 1; ; n++) {
    const marker = new RegExp(`(?:^|\\s)${n}\\s(?=[A-Z“"])`, "g");
    marker.lastIndex = from;
    const found = marker.exec(text);
    if (!found) break;
    const at = found.index + (found[0].startsWith(" ") ? 1 : 0);
    starts.push({ number: n, at, textAt: found.index + found[0].length });
    from = found.index + found[0].length;
  }
  return starts.map((start, i) => ({
    number: start.number,
    text: text.slice(start.textAt, starts[i + 1]?.at ?? text.length).trim(),
  }));
}
