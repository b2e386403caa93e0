// Types of chromium.mjs for the TypeScript scripts that use it (scripts/bench/).
export function ensureChromium(): string;
