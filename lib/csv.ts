// CSV per RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or
// line breaks enclosed in double quotes, quotes doubled), made safe to open in a
// spreadsheet: a cell that a spreadsheet would run as a formula (OWASP "CSV
// injection": leading = + - @ tab or CR) is prefixed with an apostrophe, which shows
// the text as typed and runs nothing.

/** Lets Excel detect UTF-8, so accented names (Dubois, Peña) survive. */
export const CSV_BOM = "\uFEFF";

// Full-width forms too: some spreadsheets fold them to their ASCII twins.
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;
// " =cmd" is trimmed and evaluated by some spreadsheets.
const FORMULA_AFTER_SPACE = /^\s+[=+\-@＝＋－＠]/;
const NEEDS_QUOTES = /[",\r\n]/;

export type TCsvValue = string | number | null | undefined;

export function csvField(value: TCsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  // Numbers are written by us, not by a person; "-3" is a number, not a formula.
  if (typeof value === "string" && (FORMULA_START.test(text) || FORMULA_AFTER_SPACE.test(text))) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly TCsvValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/**
 * A byte stream of the header and then each batch of rows as it arrives, so a long
 * export never sits in memory whole. `batches` is pulled lazily: the next database
 * page is read only when the client has taken the previous one.
 */
export function csvReadableStream(header: readonly string[], batches: AsyncIterable<readonly TCsvValue[][]>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = batches[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(header)));
        return;
      }
      const next = await iterator.next();
      if (next.done) {
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(csvRow).join("")));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
