// The longest note or reply body, for the browser's text areas. The rule itself is in
// lib/validation/annotations.ts (a unit test keeps the two equal); importing it from
// there would put zod into every page with a note form.
export const MAX_NOTE_BODY_LENGTH = 10_000;
