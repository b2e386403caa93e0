// Types of setup.mjs for the TypeScript scripts that use it (scripts/bench/).
export const ROOT: string;
export const BASE_ENV: Record<string, string>;
export function run(command: string, args: string[], options?: { env?: Record<string, string>; allowFailure?: boolean }): number;
export function ensureDependencies(): void;
export function ensureAuthSecret(): string;
export function buildIfStale(): void;
export function demoWorkspaceDate(): string;
