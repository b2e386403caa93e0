// The authorisation matrix: who may see and do what, as data (DESIGN.md, "Who sees
// what", and the rules of each feature's issue). Written by hand from the design, NOT
// computed from lib/authz — a test that derived its expectations from the code under
// test could never fail.
//
// Each resource names its readers (who may see that it exists) and, per operation,
// who may do it. Every (resource, operation, actor) is one cell, checked twice: at
// the data-access layer (test/integration/authz-matrix.test.ts) and over HTTP
// (e2e/authz/). A cell's expectation is:
//   allowed  — the operation works;
//   refused  — the actor sees the resource but may not do this: nothing changes;
//   notFound — the actor may not see the resource: nothing changes, and the answer
//              is the one given for something that does not exist (404, never 403).
// The resources are planted by test/authz/world-plan.ts: notes and replies written by
// Sri Lanka's delegation, actions created by its head, the GOVERNMENT group's
// positions, Sri Lanka's stances, people and audit events. The person.* resources are
// people's own pages (/people/[id], where @mentions link) and the /people directory.
//
// Plain data with no imports, so that Vitest and Playwright can both load it.

export const ACTORS = [
  "anonymous",
  "headLk",
  "delegateLk",
  "adviserLk",
  "delegatePh",
  "headIoe",
  "headItuc",
  "observer",
  "secretariat",
  "deactivated",
] as const;
export type TActor = (typeof ACTORS)[number];

/** Actors who sign in with a demo account (README.md, "Demo accounts"). */
export type TDemoActor = Exclude<TActor, "anonymous" | "deactivated">;

export const DEMO_EMAILS: Record<TDemoActor, string> = {
  headLk: "head.lk@gov.demo",
  delegateLk: "delegate.lk@gov.demo",
  adviserLk: "adviser.lk@gov.demo",
  delegatePh: "delegate.ph@gov.demo",
  headIoe: "head.ioe@employers.demo",
  headItuc: "head.ituc@workers.demo",
  observer: "observer.iom@observers.demo",
  secretariat: "secretariat@ilo.demo",
};

export const DEMO_ACTORS = Object.keys(DEMO_EMAILS) as TDemoActor[];

// The deactivated actor is a delegate of Sri Lanka, invited, joined, signed in and
// then deactivated by the head: had it stayed active it would see everything Sri
// Lanka's delegates see. Anonymous has no session at all.

// ── Groups of actors (anonymous and deactivated belong to none).
const LK = ["headLk", "delegateLk", "adviserLk"] as const; // Government of Sri Lanka
const GOVERNMENT = [...LK, "delegatePh"] as const; // its constituent group
const MEMBERS = [...GOVERNMENT, "headIoe", "headItuc", "observer"] as const; // every delegation
const SIGNED_IN = [...MEMBERS, "secretariat"] as const;
const NOBODY = [] as const;

export const RESOURCES = [
  "theme",
  "note.DELEGATION",
  "note.GROUP",
  "note.ALL",
  "reply.DELEGATION",
  "reply.GROUP",
  "action.DELEGATION",
  "action.GROUP",
  "position.DRAFT",
  "position.AGREED",
  "position.DELIVERED",
  "stance.DRAFT",
  "stance.DELIVERED",
  "stancePermission",
  "people",
  "person.delegation",
  "person.group",
  "person.secretariat",
  "person.deactivated",
  "audit.delegation",
  "audit.admin",
] as const;
export type TResource = (typeof RESOURCES)[number];

export const OPERATIONS = [
  "read",
  "list",
  "count",
  "export",
  "history",
  "matrixStatus",
  "annotate",
  "reply",
  "edit",
  "delete",
  "resolve",
  "hide",
  "status",
  "comment",
  "agree",
  "set",
  "invite",
  "changeRole",
  "deactivate",
  "resend",
  "email",
] as const;
export type TOperation = (typeof OPERATIONS)[number];

type TRule = { allow: readonly TActor[]; why: string };
type TResourceRules = { readers: readonly TActor[]; what: string; operations: Partial<Record<TOperation, TRule>> };

/** Operations on a note: the same for every scope except who reads it. */
function noteRules(readers: readonly TActor[], replyers: readonly TActor[], resolvers: readonly TActor[], moderators: readonly TActor[]) {
  return {
    read: { allow: readers, why: "the note's own page" },
    list: { allow: readers, why: "the theme's notes panel" },
    count: { allow: readers, why: "'1 note' beside the theme on the meeting page" },
    reply: { allow: replyers, why: "whoever reads the thread replies, observers only in public threads, the secretariat never" },
    edit: { allow: ["delegateLk"], why: "only the author edits" },
    delete: { allow: ["delegateLk", "headLk"], why: "the author, or the head of the author's delegation" },
    resolve: { allow: resolvers, why: "members of the note's own delegation resolve its discussion" },
    hide: { allow: moderators, why: "the secretariat moderates public notes only" },
  } satisfies Partial<Record<TOperation, TRule>>;
}

export const MATRIX: Record<TResource, TResourceRules> = {
  theme: {
    what: "a theme of the meeting",
    readers: SIGNED_IN,
    operations: {
      read: { allow: SIGNED_IN, why: "themes are for every signed-in person" },
      list: { allow: SIGNED_IN, why: "listed on the meeting page" },
      annotate: { allow: MEMBERS, why: "members of delegations write notes; the secretariat writes none" },
    },
  },
  "note.DELEGATION": {
    what: "a note by delegate.lk in scope DELEGATION",
    readers: LK,
    operations: noteRules(LK, LK, LK, NOBODY),
  },
  "note.GROUP": {
    what: "a note by delegate.lk in scope GROUP",
    readers: GOVERNMENT,
    operations: noteRules(GOVERNMENT, GOVERNMENT, LK, NOBODY),
  },
  "note.ALL": {
    what: "a note by delegate.lk in scope ALL",
    readers: SIGNED_IN,
    operations: noteRules(SIGNED_IN, MEMBERS, LK, ["secretariat"]),
  },
  "reply.DELEGATION": {
    what: "a reply by adviser.lk in the DELEGATION note's thread",
    readers: LK,
    operations: {
      read: { allow: LK, why: "a reply inherits its thread's scope" },
      edit: { allow: ["adviserLk"], why: "only the author edits a reply" },
      delete: { allow: ["adviserLk", "headLk"], why: "the author, or the head of the author's delegation" },
    },
  },
  "reply.GROUP": {
    what: "a reply by delegate.ph in the GROUP note's thread",
    readers: GOVERNMENT,
    operations: {
      read: { allow: GOVERNMENT, why: "a reply inherits its thread's scope" },
      edit: { allow: ["delegatePh"], why: "only the author edits a reply" },
      delete: { allow: ["delegatePh"], why: "the author; Sri Lanka's head is not the head of the reply's delegation" },
    },
  },
  "action.DELEGATION": {
    what: "an action by head.lk in scope DELEGATION, assigned to adviser.lk",
    readers: LK,
    operations: {
      read: { allow: LK, why: "the action's page" },
      list: { allow: LK, why: "the actions list" },
      export: { allow: LK, why: "the CSV export" },
      edit: { allow: ["headLk"], why: "creator, assignee or owning head; advisers never edit" },
      status: { allow: ["headLk", "adviserLk"], why: "editors, plus an adviser it is assigned to" },
      comment: { allow: LK, why: "heads and delegates who see it, and the assigned adviser" },
      delete: { allow: ["headLk"], why: "creator or owning head" },
    },
  },
  "action.GROUP": {
    what: "an action by head.lk in scope GROUP, assigned to delegate.ph",
    readers: GOVERNMENT,
    operations: {
      read: { allow: GOVERNMENT, why: "the action's page" },
      list: { allow: GOVERNMENT, why: "the actions list" },
      export: { allow: GOVERNMENT, why: "the CSV export" },
      edit: { allow: ["headLk", "delegatePh"], why: "creator or assignee (a delegate of another delegation of the group)" },
      status: { allow: ["headLk", "delegatePh"], why: "creator or assignee" },
      comment: { allow: ["headLk", "delegateLk", "delegatePh"], why: "heads and delegates who see it; an adviser only on actions assigned to them" },
      delete: { allow: ["headLk"], why: "creator or owning head" },
    },
  },
  "position.DRAFT": {
    what: "the GOVERNMENT group's position on a theme, DRAFT",
    readers: GOVERNMENT,
    operations: {
      read: { allow: GOVERNMENT, why: "drafts stay with the group" },
      history: { allow: GOVERNMENT, why: "revisions stay with the group" },
      matrixStatus: { allow: [...GOVERNMENT, "secretariat"], why: "the secretariat sees how far each group has got, never the text" },
      edit: { allow: ["headLk", "delegateLk", "delegatePh"], why: "heads and delegates of the group; advisers never" },
      status: { allow: ["headLk"], why: "heads of the group move DRAFT → AGREED" },
    },
  },
  "position.AGREED": {
    what: "the GOVERNMENT group's position on a theme, AGREED",
    readers: GOVERNMENT,
    operations: {
      read: { allow: GOVERNMENT, why: "still the group's until delivered" },
      history: { allow: GOVERNMENT, why: "revisions stay with the group" },
      matrixStatus: { allow: [...GOVERNMENT, "secretariat"], why: "statuses for the secretariat" },
      edit: { allow: NOBODY, why: "an agreed text is locked until a head reopens it" },
      status: { allow: ["headLk"], why: "heads of the group move AGREED → DELIVERED" },
      agree: { allow: ["headLk"], why: "heads of the group add their delegation's agreement" },
    },
  },
  "position.DELIVERED": {
    what: "the GOVERNMENT group's position on a theme, DELIVERED (an earlier draft in its history)",
    readers: SIGNED_IN,
    operations: {
      read: { allow: SIGNED_IN, why: "a delivered position is for everyone" },
      history: { allow: GOVERNMENT, why: "how it came to be stays with the group" },
      matrixStatus: { allow: SIGNED_IN, why: "delivered shows in everyone's matrix" },
      edit: { allow: NOBODY, why: "a delivered text is locked" },
    },
  },
  "stance.DRAFT": {
    what: "Sri Lanka's stance (with a note) on a theme whose GOVERNMENT position is a draft",
    readers: GOVERNMENT,
    operations: {
      read: { allow: GOVERNMENT, why: "a stance is seen by the delegations of its group" },
      count: { allow: GOVERNMENT, why: "others count stances only once the position is delivered" },
      set: { allow: ["headLk"], why: "the head sets the delegation's stance (a delegate only when allowed)" },
    },
  },
  "stance.DELIVERED": {
    what: "Sri Lanka's stance (with a note) on a theme whose GOVERNMENT position is delivered",
    readers: GOVERNMENT,
    operations: {
      read: { allow: GOVERNMENT, why: "the stance itself stays with the group" },
      count: { allow: MEMBERS, why: "members of other delegations see counts once delivered; the secretariat none" },
    },
  },
  stancePermission: {
    what: "whether a delegate of Sri Lanka may record its stances",
    readers: ["headLk"],
    operations: {
      list: { allow: ["headLk"], why: "the head's list of delegates who may record stances" },
      set: { allow: ["headLk"], why: "the head allows a delegate of their own delegation" },
    },
  },
  people: {
    what: "Sri Lanka's people (delegation settings)",
    readers: ["headLk", "secretariat"],
    operations: {
      read: { allow: ["headLk", "secretariat"], why: "the head's own delegation, and the secretariat" },
      invite: { allow: ["headLk", "secretariat"], why: "heads invite into their own delegation" },
      changeRole: { allow: ["headLk", "secretariat"], why: "heads manage their own delegation's people" },
      deactivate: { allow: ["headLk", "secretariat"], why: "heads manage their own delegation's people" },
      resend: { allow: ["headLk", "secretariat"], why: "heads manage their own delegation's invitations" },
    },
  },
  "person.delegation": {
    what: "adviser.lk's person page (a member of Sri Lanka)",
    readers: [...GOVERNMENT, "secretariat"],
    operations: {
      read: { allow: [...GOVERNMENT, "secretariat"], why: "people of one constituent group see each other; the secretariat sees everyone" },
      list: { allow: [...GOVERNMENT, "secretariat"], why: "the /people directory lists whom the person page shows" },
      email: { allow: [...LK, "secretariat"], why: "the address only within the person's own delegation, and to the secretariat" },
    },
  },
  "person.group": {
    what: "delegate.ph's person page (the Philippines, Sri Lanka's group)",
    readers: [...GOVERNMENT, "secretariat"],
    operations: {
      read: { allow: [...GOVERNMENT, "secretariat"], why: "another delegation of the same group is visible" },
      list: { allow: [...GOVERNMENT, "secretariat"], why: "listed in the group's directory" },
      email: { allow: ["delegatePh", "secretariat"], why: "Sri Lanka's people do not see a Philippine address" },
    },
  },
  "person.secretariat": {
    what: "the secretariat officer's person page",
    readers: SIGNED_IN,
    operations: {
      read: { allow: SIGNED_IN, why: "the secretariat moderates what everyone reads: everyone may see who they are" },
      list: { allow: SIGNED_IN, why: "listed in every directory" },
      email: { allow: ["secretariat"], why: "no delegation sees a secretariat officer's address" },
    },
  },
  "person.deactivated": {
    what: "the deactivated member of Sri Lanka's person page",
    readers: ["secretariat"],
    operations: {
      read: { allow: ["secretariat"], why: "a deactivated account is gone for everyone but the secretariat" },
      list: { allow: NOBODY, why: "the directory lists active people only" },
      email: { allow: ["secretariat"], why: "the secretariat, who manages every account" },
    },
  },
  "audit.delegation": {
    what: "an audit event on Sri Lanka's private material (a DELEGATION action deleted by its head)",
    readers: ["headLk"],
    operations: {
      read: { allow: ["headLk"], why: "a head reads their delegation's events; the secretariat only admin and public ones" },
      export: { allow: ["headLk"], why: "the audit CSV holds what the page shows" },
    },
  },
  "audit.admin": {
    what: "an administrative audit event in Sri Lanka (head.lk invited a person)",
    readers: ["headLk", "secretariat"],
    operations: {
      read: { allow: ["headLk", "secretariat"], why: "admin events are the secretariat's, and the delegation's head's" },
    },
  },
};

export type TExpected = "allowed" | "refused" | "notFound";
export type TCell = { resource: TResource; operation: TOperation; actor: TActor; expected: TExpected; why: string };

export function expectedFor(resource: TResource, operation: TOperation, actor: TActor): TExpected {
  const rules = MATRIX[resource];
  const rule = rules.operations[operation];
  if (!rule) throw new Error(`no rule for ${resource} ${operation}`);
  if (rule.allow.includes(actor)) return "allowed";
  return rules.readers.includes(actor) ? "refused" : "notFound";
}

/** Every cell of the matrix, in a stable order: resource, operation, actor. */
export const CELLS: TCell[] = RESOURCES.flatMap((resource) =>
  OPERATIONS.flatMap((operation) => {
    const rule = MATRIX[resource].operations[operation];
    if (!rule) return [];
    return ACTORS.map((actor) => ({ resource, operation, actor, expected: expectedFor(resource, operation, actor), why: rule.why }));
  }),
);

export const cellTitle = (c: Pick<TCell, "resource" | "operation" | "actor" | "expected">) =>
  `${c.resource} ${c.operation} × ${c.actor} → ${c.expected}`;

// ── Canaries: unique strings planted in private material. Each belongs to what a
// resource's readers (or one operation's allowed actors) may see; nobody else may
// ever receive it, in any HTML, RSC payload, CSV, iCalendar or JSON.

export const CANARIES = {
  noteDelegation: { resource: "note.DELEGATION", operation: "read" },
  noteGroup: { resource: "note.GROUP", operation: "read" },
  noteAll: { resource: "note.ALL", operation: "read" },
  replyDelegation: { resource: "reply.DELEGATION", operation: "read" },
  replyGroup: { resource: "reply.GROUP", operation: "read" },
  actionDelegation: { resource: "action.DELEGATION", operation: "read" },
  actionDelegationDescription: { resource: "action.DELEGATION", operation: "read" },
  actionDelegationComment: { resource: "action.DELEGATION", operation: "read" },
  actionGroup: { resource: "action.GROUP", operation: "read" },
  actionGroupDescription: { resource: "action.GROUP", operation: "read" },
  actionGroupComment: { resource: "action.GROUP", operation: "read" },
  positionDraft: { resource: "position.DRAFT", operation: "read" },
  positionAgreed: { resource: "position.AGREED", operation: "read" },
  positionDelivered: { resource: "position.DELIVERED", operation: "read" },
  positionDeliveredHistory: { resource: "position.DELIVERED", operation: "history" },
  stanceDraft: { resource: "stance.DRAFT", operation: "read" },
  stanceDelivered: { resource: "stance.DELIVERED", operation: "read" },
  auditDelegation: { resource: "audit.delegation", operation: "read" },
} as const satisfies Record<string, { resource: TResource; operation: TOperation }>;
export type TCanaryName = keyof typeof CANARIES;
export type TCanaries = Record<TCanaryName, string>;

export const CANARY_NAMES = Object.keys(CANARIES) as TCanaryName[];

export function canaryReaders(name: TCanaryName): readonly TActor[] {
  const { resource, operation } = CANARIES[name];
  return MATRIX[resource].operations[operation]!.allow;
}

/** The canaries an actor must never receive. */
export function forbiddenCanaries(actor: TActor): TCanaryName[] {
  return CANARY_NAMES.filter((name) => !canaryReaders(name).includes(actor));
}

/** Fresh canaries, e.g. CANARY-NOTEDELEGATION-K7Q2M9X4: upper-case letters, digits and
 *  hyphens only, so Markdown, HTML, JSON, CSV and iCalendar all keep them intact. */
export function makeCanaries(random: () => string): TCanaries {
  return Object.fromEntries(CANARY_NAMES.map((name) => [name, `CANARY-${name.toUpperCase()}-${random().toUpperCase()}`])) as TCanaries;
}
