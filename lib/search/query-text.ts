// What a person typed into the search box, made into the words the database searches
// for (search_query in the search migration builds the tsquery from them). Only runs
// of letters, marks and digits survive: tsquery syntax (& | ! : * ( ) < >), quotes,
// backslashes and SQL metacharacters are separators here, never operators, so no
// input can widen a search to "everything". The text has already been refused when it
// holds control characters or is too long (lib/validation/search.ts).

/** Words searched at most; the rest of a long query is ignored. */
export const SEARCH_WORDS_MAX = 8;
/** A longer word is cut: no real word is this long, and the index skips such tokens. */
const WORD_LENGTH_MAX = 64;
/** A shorter last word is not taken as a prefix: "a…" or "de…" would find nearly everything. */
const PREFIX_LENGTH_MIN = 3;

export type TSearchWords = {
  words: string[];
  /** The last word is still being typed (no space after it): match it as a prefix. */
  prefixLast: boolean;
  /** The words in one line, for trigram similarity with instrument codes and names. */
  text: string;
};

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

export function searchWords(typed: string): TSearchWords {
  const normalized = typed.normalize("NFKC");
  const all = [...normalized.matchAll(WORD)].map((m) => m[0].slice(0, WORD_LENGTH_MAX));
  const words: string[] = [];
  const seen = new Set<string>();
  for (const word of all) {
    const key = word.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    words.push(word);
    if (words.length === SEARCH_WORDS_MAX) break;
  }
  const last = all.at(-1);
  const prefixLast =
    last !== undefined && words.at(-1) === last && last.length >= PREFIX_LENGTH_MIN && /[\p{L}\p{M}\p{N}]$/u.test(normalized);
  return { words, prefixLast, text: words.join(" ") };
}
