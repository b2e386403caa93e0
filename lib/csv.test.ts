import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, csvReadableStream, csvRow } from "./csv";

/** A strict RFC 4180 reader, independent of the writer, to prove round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
      } else {
        field += c;
        i += 1;
      }
    } else if (c === '"') {
      if (field !== "") throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
      i += 1;
    } else if (c === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else if (c === "\r" || c === "\n") {
      throw new Error(`bare line break at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new Error("unterminated quoted field");
  if (field !== "" || row.length > 0) throw new Error("last record lacks CRLF");
  return rows;
}

describe("[actions] CSV quoting (RFC 4180)", () => {
  it("leaves plain text bare and quotes commas, quotes and line breaks", () => {
    expect(csvField("Draft RT4 statement")).toBe("Draft RT4 statement");
    expect(csvField("Geneva, 4–8 November")).toBe('"Geneva, 4–8 November"');
    expect(csvField('The "Multilateral Framework"')).toBe('"The ""Multilateral Framework"""');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("cr\r\nlf")).toBe('"cr\r\nlf"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("ends every record with CRLF and round-trips through a strict parser", () => {
    const values = ['a,b', 'say "hi"', "multi\r\nline", "Peña — Dubois", "", "plain"];
    const text = csvRow(values) + csvRow(["x", "y", "z", "1", "2", "3"]);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text)).toEqual([values, ["x", "y", "z", "1", "2", "3"]]);
  });
});

describe("[actions] CSV formula injection", () => {
  it.each([
    ["=HYPERLINK(\"http://evil.example\",\"x\")", "'=HYPERLINK(\"http://evil.example\",\"x\")"],
    ["+1+2", "'+1+2"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
    ["\r=cmd", "'\r=cmd"],
    ["  =1+1", "'  =1+1"],
    ["＝1+1", "'＝1+1"],
  ])("neutralises %j", (input, cell) => {
    // The cell the spreadsheet sees, after CSV unquoting, starts with an apostrophe.
    expect(parseCsv(csvRow([input]))[0]![0]).toBe(cell);
  });

  it("keeps harmless text and numbers unchanged", () => {
    expect(csvField("C189 ratification")).toBe("C189 ratification");
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("e-mail the ministry")).toBe("e-mail the ministry");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(42)).toBe("42");
  });
});

describe("[actions] CSV stream", () => {
  it("writes a UTF-8 BOM and header, then each batch only when pulled", async () => {
    let batchesRead = 0;
    async function* batches() {
      batchesRead += 1;
      yield [["one", "=x"]];
      batchesRead += 1;
      yield [["two", "é, ü"]];
    }
    const reader = csvReadableStream(["Title", "Note"], batches()).getReader();
    const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
    const first = await reader.read();
    expect(decoder.decode(first.value)).toBe(`${CSV_BOM}Title,Note\r\n`);
    expect(batchesRead).toBe(0);
    const second = await reader.read();
    expect(decoder.decode(second.value)).toBe("one,'=x\r\n");
    expect(batchesRead).toBe(1);
    const third = await reader.read();
    expect(decoder.decode(third.value)).toBe('two,"é, ü"\r\n');
    expect((await reader.read()).done).toBe(true);
  });
});
