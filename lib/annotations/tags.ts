// Free-text tags on notes, typed as a comma-separated list. Tags differing only in
// case or spacing are the same tag; the first spelling wins.

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 64;

export function parseTags(input: string): string[] {
  const seen = new Map<string, string>();
  for (const part of input.split(/[,\n]/)) {
    const tag = part.trim().replace(/\s+/g, " ");
    if (tag && !seen.has(tag.toLocaleLowerCase("en"))) seen.set(tag.toLocaleLowerCase("en"), tag);
  }
  return [...seen.values()];
}

export function formatTags(tags: string[]): string {
  return tags.join(", ");
}
