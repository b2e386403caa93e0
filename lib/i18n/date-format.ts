// Date formatters, one per language and set of options for the life of the process.
// Building an Intl.DateTimeFormat costs far more than formatting with one, and a page
// formats dozens of dates (every note, reply and action row). A formatter holds no
// data of anyone's, so sharing it between requests is safe.
const FORMATS = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ""}|${JSON.stringify(options)}`;
  let format = FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    FORMATS.set(key, format);
  }
  return format;
}
