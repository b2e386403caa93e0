// Bounds on what one pack prints, so that generating it stays bounded in time and
// memory whatever the meeting holds; a pack that reaches one says so, never silently.
export const BRIEFING_LIMITS = { notes: 2_000, repliesPerNote: 100, actions: 1_000 } as const;
