// Meeting-scale data for the benchmark, on top of the seeded content and demo
// accounts: delegations, people, notes and replies, follow-up actions and their
// comments, group positions and stances, in English, French and Spanish — 100,000
// searchable documents at --scale 1 (indexed by the search triggers as they are
// inserted). Deterministic (one seeded PRNG) and fast (multi-row INSERTs
// in one transaction, one argon2 hash — the demo password's — for every person).
//
// The one file to extend when the schema grows: each table is built as plain row
// objects below (one `rows.<table>.push({...})` per row); a column added later with a
// default needs nothing here, a column without one gets a line in that table's push.
//
// Fixed at every --scale: RT2 of the High-level Dialogue holds exactly 50 notes and
// 200 replies visible to the measured viewer (head.lk@gov.demo, Government of Sri
// Lanka); everything else grows with --scale, including RT2's notes the viewer may
// not read, so a page that filters badly gets slower as the data grows.
import pg from "pg";

export const VIEWER_EMAIL = "head.lk@gov.demo";
export const VIEWER_DELEGATION = "Government of Sri Lanka";
export const MEASURED_THEME = { meeting: "hld-2013", code: "RT2" } as const;
export const MEASURED_NOTES = 50;
export const MEASURED_REPLIES = 200;

/** Targets at --scale 1 (the demo's own rows count towards them). */
const TARGETS = {
  delegations: { GOVERNMENT: 190, EMPLOYERS: 25, WORKERS: 25, OBSERVER: 10 },
  people: 1500,
  notes: 5000,
  replies: 20_000,
  actions: 20_000,
  /** Searchable documents in all (notes, replies, actions, positions, stances, reference
   *  material): action comments make up the difference. */
  searchDocuments: 100_000,
};

type Group = "GOVERNMENT" | "EMPLOYERS" | "WORKERS" | "OBSERVER";
type Scope = "DELEGATION" | "GROUP" | "ALL";
type Row = Record<string, unknown>;
type Person = { id: string; delegationId: string; group: Group; role: string };
type Delegation = { id: string; name: string; group: Group; members: Person[] };
type Theme = { id: string; code: string; meetingId: string; meetingSlug: string; paragraphs: { id: string; text: string }[] };

export type TGeneratedData = {
  counts: Record<string, number>;
  /** A note on RT2 visible to the viewer, with replies, for the note page. */
  notePath: string;
  seconds: number;
};

// ── Deterministic randomness ──────────────────────────────────────────────────

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomTools(seed: number) {
  const rand = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(rand() * 16).toString(16)).join("");
  // Shaped like a v4 UUID, so it passes wherever the app validates ids.
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${pick(["8", "9", "a", "b"])}${hex(3)}-${hex(12)}`;
  const dateBetween = (from: Date, to: Date) => new Date(from.getTime() + rand() * (to.getTime() - from.getTime()));
  return { rand, int, pick, uuid, dateBetween };
}

// ── Text ──────────────────────────────────────────────────────────────────────

const FIRST = ["Amara", "Bruno", "Chandra", "Dolores", "Emeka", "Farida", "Gustavo", "Hana", "Ibrahim", "Jelena", "Kwame", "Lucía", "Mehmet", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomás", "Uma", "Viktor", "Wanjiru", "Xavier", "Yasmin", "Zoran"];
const LAST = ["Abebe", "Bianchi", "Costa", "Dubois", "Evans", "Fernando", "García", "Haddad", "Ivanova", "Jensen", "Kumar", "Larsen", "Mensah", "Nakamura", "Okafor", "Perera", "Quispe", "Rossi", "Santos", "Tanaka", "Umarov", "Vargas", "Wong", "Yilmaz", "Zulu"];
const TAGS = ["C189", "C97", "C143", "fair recruitment", "domestic work", "trafficking", "R202", "social protection", "skills", "remittances", "follow-up", "data"];
// Content is written in the three languages (search indexes each in its own); most
// of it in English, as at the meetings.
const SENTENCES = {
  en: [
    "Our delegation supports the thrust of this passage, subject to the wording on **recruitment fees**.",
    "The reference to *circular migration* needs a definition agreed by the three groups.",
    "See the 2011 General Survey, paragraphs 112–118, for the supervisory bodies' view.",
    "We would add a sentence on the portability of social security entitlements.",
    "Capital has asked for a short briefing before the roundtable; can someone draft it?",
    "The figure quoted here dates from 2010 — is there a more recent estimate?",
    "Employers' organizations have raised the same point in Geneva last year.",
    "Propose to link this to the follow-up action on bilateral labour agreements.",
    "Workers' delegates will insist on equal treatment in wages and conditions.",
    "A footnote to [the ILO Multilateral Framework](https://www.ilo.org/) would help readers.",
  ],
  fr: [
    "Notre délégation appuie l'orientation de ce passage, sous réserve de la formulation sur les **frais de recrutement**.",
    "La référence à la *migration circulaire* exige une définition acceptée par les trois groupes.",
    "Les travailleurs migrants domestiques doivent bénéficier de la protection sociale.",
    "Nous ajouterions une phrase sur la portabilité des droits à la sécurité sociale.",
    "La capitale demande une note d'information avant la table ronde ; qui peut la rédiger ?",
    "Ce chiffre date de 2010 : existe-t-il une estimation plus récente ?",
    "Les délégués des travailleurs insisteront sur l'égalité de traitement en matière de salaires.",
    "Proposer de relier ce point à l'action de suivi sur les accords bilatéraux de main-d'œuvre.",
  ],
  es: [
    "Nuestra delegación apoya el sentido de este pasaje, con reservas sobre la redacción relativa a las **comisiones de contratación**.",
    "La referencia a la *migración circular* requiere una definición acordada por los tres grupos.",
    "Los trabajadores domésticos migrantes deben gozar de protección social.",
    "Añadiríamos una frase sobre la portabilidad de los derechos de seguridad social.",
    "La capital pide una nota informativa antes de la mesa redonda; ¿quién puede redactarla?",
    "Esta cifra es de 2010: ¿hay una estimación más reciente?",
    "Los delegados de los trabajadores insistirán en la igualdad de trato en materia de salarios.",
    "Proponemos vincular este punto con la acción de seguimiento sobre los acuerdos bilaterales de trabajo.",
  ],
};
type Language = keyof typeof SENTENCES;
const ACTION_TITLES: Record<Language, string[]> = {
  en: ["Brief capital on", "Draft a note on", "Consult the social partners on", "Check the figures for", "Prepare talking points on"],
  fr: ["Informer la capitale sur", "Rédiger une note sur", "Consulter les partenaires sociaux sur", "Vérifier les chiffres de"],
  es: ["Informar a la capital sobre", "Redactar una nota sobre", "Consultar a los interlocutores sociales sobre", "Verificar las cifras de"],
};

function markdownBody(r: ReturnType<typeof randomTools>, sentences: number, language: Language = "en"): string {
  const pool = SENTENCES[language];
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(r.pick(pool));
  if (r.rand() < 0.3) parts.push(`\n\n- ${r.pick(TAGS)}: check the text\n- ${r.pick(TAGS)}: ask capital`);
  if (r.rand() < 0.2) parts.push(`\n\n> ${r.pick(pool)}`);
  return parts.join(" ");
}

/** Six in ten texts in English, two in French, two in Spanish. */
function languageOf(r: ReturnType<typeof randomTools>): Language {
  const x = r.rand();
  return x < 0.6 ? "en" : x < 0.8 ? "fr" : "es";
}

// ── Writing ───────────────────────────────────────────────────────────────────

/** Multi-row INSERTs of same-shaped rows, in batches under PostgreSQL's 65,535 parameters. */
async function insertRows(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perBatch = Math.floor(60_000 / columns.length);
  const columnList = columns.map((c) => `"${c}"`).join(", ");
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const params: unknown[] = [];
    const tuples = batch.map((row) => {
      const slots = columns.map((c) => {
        params.push(row[c]);
        return `$${params.length}`;
      });
      return `(${slots.join(", ")})`;
    });
    await client.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(", ")}`, params);
  }
}

// ── The generator ─────────────────────────────────────────────────────────────

export async function generateData(databaseUrl: string, scale = 1): Promise<TGeneratedData> {
  const started = Date.now();
  const r = randomTools(2013);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // What the seed wrote: delegations, demo people (and their password hash), themes.
    const delegations: Delegation[] = (await client.query<{ id: string; name: string; group: Group }>(
      `SELECT id, name, "group" FROM "Delegation" ORDER BY name`,
    )).rows.map((d) => ({ ...d, members: [] }));
    const byId = new Map(delegations.map((d) => [d.id, d]));
    const demoPeople = (await client.query<{ id: string; email: string; delegationId: string | null; role: string; passwordHash: string }>(
      `SELECT id, email, "delegationId", role, "passwordHash" FROM "User" ORDER BY email`,
    )).rows;
    const viewer = demoPeople.find((p) => p.email === VIEWER_EMAIL);
    if (!viewer?.delegationId) throw new Error(`The seed has no ${VIEWER_EMAIL}; the benchmark needs the demo accounts.`);
    const passwordHash = viewer.passwordHash;
    for (const p of demoPeople) {
      const d = p.delegationId ? byId.get(p.delegationId) : undefined;
      if (d) d.members.push({ id: p.id, delegationId: d.id, group: d.group, role: p.role });
    }
    const themes: Theme[] = (await client.query<{ id: string; code: string; meetingId: string; slug: string; paragraphs: { id: string; text: string }[] }>(
      `SELECT t.id, t.code, t."meetingId", m.slug,
              COALESCE(json_agg(json_build_object('id', p.id, 'text', p.text) ORDER BY p.position) FILTER (WHERE p.id IS NOT NULL), '[]') AS paragraphs
         FROM "Theme" t JOIN "Meeting" m ON m.id = t."meetingId" LEFT JOIN "ThemeParagraph" p ON p."themeId" = t.id
        GROUP BY t.id, m.slug, m.position ORDER BY m.position, t.position`,
    )).rows.map((t) => ({ id: t.id, code: t.code, meetingId: t.meetingId, meetingSlug: t.slug, paragraphs: t.paragraphs }));
    const measured = themes.find((t) => t.meetingSlug === MEASURED_THEME.meeting && t.code === MEASURED_THEME.code);
    if (!measured) throw new Error("The seed has no RT2 theme on hld-2013.");
    const viewerDelegation = byId.get(viewer.delegationId)!;

    const rows: Record<string, Row[]> = {
      Delegation: [], User: [], Annotation: [], AnnotationReply: [], FollowUpAction: [],
      GroupPosition: [], PositionRevision: [], PositionAgreement: [], Stance: [], StanceChange: [], ActionComment: [],
    };
    const now = new Date("2013-09-20T09:00:00Z");
    const earlier = new Date("2013-06-01T09:00:00Z");
    const stamp = () => r.dateBetween(earlier, now);

    // Delegations: up to the target per group, named so they sort after the demo's.
    for (const [group, target] of Object.entries(TARGETS.delegations) as [Group, number][]) {
      const have = delegations.filter((d) => d.group === group).length;
      for (let i = have; i < Math.round(target * scale); i++) {
        const label = { GOVERNMENT: "Government of Member State", EMPLOYERS: "Employers' organization", WORKERS: "Workers' organization", OBSERVER: "Observer organization" }[group];
        const d: Delegation = { id: r.uuid(), name: `${label} ${String(i + 1).padStart(4, "0")}`, group, members: [] };
        delegations.push(d);
        byId.set(d.id, d);
        const at = stamp();
        rows.Delegation!.push({ id: d.id, name: d.name, group, active: true, createdAt: at, updatedAt: at });
      }
    }

    // People: a head for every delegation without one, then delegates and advisers
    // spread over all delegations until the target.
    let serial = 0;
    const addPerson = (d: Delegation, role: string) => {
      serial++;
      const p: Person = { id: r.uuid(), delegationId: d.id, group: d.group, role };
      d.members.push(p);
      const at = stamp();
      rows.User!.push({
        id: p.id, email: `person${String(serial).padStart(6, "0")}@bench.demo`, name: `${r.pick(FIRST)} ${r.pick(LAST)}`,
        passwordHash, role, delegationId: d.id, active: true, locale: r.pick(["en", "en", "fr", "es"]), createdAt: at, updatedAt: at,
      });
    };
    for (const d of delegations) if (!d.members.some((m) => m.role === "HEAD_OF_DELEGATION")) addPerson(d, "HEAD_OF_DELEGATION");
    const peopleTarget = Math.round(TARGETS.people * scale);
    while (demoPeople.length + rows.User!.length < peopleTarget) addPerson(r.pick(delegations), r.rand() < 0.75 ? "DELEGATE" : "ADVISER");

    const members = (d: Delegation) => d.members;
    const inGroup = new Map<Group, Person[]>();
    for (const d of delegations) inGroup.set(d.group, [...(inGroup.get(d.group) ?? []), ...d.members]);
    const everyone = delegations.flatMap(members);
    const headOf = (d: Delegation) => d.members.find((m) => m.role === "HEAD_OF_DELEGATION") ?? d.members[0]!;
    /** Someone who may read a row of this scope written in delegation d. */
    const readerOf = (scope: Scope, d: Delegation) =>
      scope === "DELEGATION" ? r.pick(members(d)) : scope === "GROUP" ? r.pick(inGroup.get(d.group)!) : r.pick(everyone);

    // Notes. `visibleToViewer` decides the RT2 split; elsewhere any scope goes.
    const canViewerRead = (scope: Scope, d: Delegation) =>
      scope === "ALL" || (scope === "GROUP" && d.group === viewerDelegation.group) || (scope === "DELEGATION" && d.id === viewerDelegation.id);
    type Note = { id: string; scope: Scope; delegation: Delegation; createdAt: Date; visibleInMeasured: boolean };
    const notes: Note[] = [];
    const addNote = (theme: Theme, scope: Scope, author: Person, extra: { deleted?: boolean; hidden?: boolean } = {}) => {
      const d = byId.get(author.delegationId)!;
      const paragraph = theme.paragraphs.length && r.rand() < 0.8 ? r.pick(theme.paragraphs) : null;
      let quote: Row = { paragraphId: null, quoteExact: null, quotePrefix: null, quoteSuffix: null, positionStart: null, positionEnd: null };
      if (paragraph && paragraph.text.length > 40) {
        const start = r.int(0, paragraph.text.length - 30);
        const end = Math.min(paragraph.text.length, start + r.int(10, 60));
        quote = {
          paragraphId: paragraph.id, quoteExact: paragraph.text.slice(start, end), quotePrefix: paragraph.text.slice(Math.max(0, start - 32), start),
          quoteSuffix: paragraph.text.slice(end, end + 32), positionStart: start, positionEnd: end,
        };
      }
      const createdAt = stamp();
      const note: Note = { id: r.uuid(), scope, delegation: d, createdAt, visibleInMeasured: false };
      notes.push(note);
      rows.Annotation!.push({
        id: note.id, themeId: theme.id, authorId: author.id, delegationId: d.id, group: d.group, scope,
        body: markdownBody(r, r.int(1, 4), languageOf(r)), tags: [...new Set([r.pick(TAGS), r.pick(TAGS)])].slice(0, r.int(0, 2)), ...quote,
        resolvedAt: r.rand() < 0.15 ? createdAt : null,
        hiddenAt: extra.hidden ? createdAt : null, hiddenById: extra.hidden ? demoPeople.find((p) => p.role === "SECRETARIAT")?.id ?? null : null,
        deletedAt: extra.deleted ? createdAt : null, createdAt, updatedAt: createdAt,
      });
      return note;
    };
    const scopeOf = (): Scope => { const x = r.rand(); return x < 0.4 ? "ALL" : x < 0.75 ? "GROUP" : "DELEGATION"; };

    // RT2: exactly MEASURED_NOTES readable by the viewer…
    const governments = delegations.filter((d) => d.group === viewerDelegation.group);
    for (let i = 0; i < MEASURED_NOTES; i++) {
      const scope: Scope = (["ALL", "ALL", "GROUP", "GROUP", "DELEGATION"] as const)[i % 5]!;
      const author = scope === "DELEGATION" ? r.pick(members(viewerDelegation)) : scope === "GROUP" ? r.pick(members(r.pick(governments))) : r.pick(everyone);
      addNote(measured, scope, author).visibleInMeasured = true;
    }
    // …plus a few the rule must leave out although their scope would let the viewer in.
    for (let i = 0; i < 3; i++) addNote(measured, "ALL", r.pick(everyone), { deleted: true });
    for (let i = 0; i < 2; i++) addNote(measured, "ALL", r.pick(everyone), { hidden: true });
    // Everything else: spread over all themes; on RT2 only what the viewer may not read.
    const noteTarget = Math.round(TARGETS.notes * scale);
    while (notes.length < noteTarget) {
      const theme = r.pick(themes);
      const scope = scopeOf();
      const author = r.pick(everyone);
      if (theme.id === measured.id && canViewerRead(scope, byId.get(author.delegationId)!)) continue;
      addNote(theme, scope, author);
    }

    // Replies: exactly MEASURED_REPLIES on the viewer's RT2 notes (four each at the
    // default), the rest on random other notes, each by someone who may read its note.
    const addReply = (note: Note) => {
      const author = readerOf(note.scope, note.delegation);
      const createdAt = new Date(note.createdAt.getTime() + r.int(1, 72) * 3600_000);
      rows.AnnotationReply!.push({
        id: r.uuid(), annotationId: note.id, authorId: author.id, delegationId: author.delegationId,
        body: markdownBody(r, r.int(1, 2), languageOf(r)), createdAt, updatedAt: createdAt,
      });
    };
    const visibleNotes = notes.filter((n) => n.visibleInMeasured);
    for (let i = 0; i < MEASURED_REPLIES; i++) addReply(visibleNotes[i % visibleNotes.length]!);
    const otherNotes = notes.filter((n) => !n.visibleInMeasured);
    const replyTarget = Math.round(TARGETS.replies * scale);
    while (rows.AnnotationReply!.length < replyTarget) addReply(r.pick(otherNotes));

    // Follow-up actions: mostly a delegation's own, some for the whole group.
    const statuses = ["OPEN", "OPEN", "IN_PROGRESS", "IN_PROGRESS", "DONE", "BLOCKED", "CANCELLED"] as const;
    const actionTarget = Math.round(TARGETS.actions * scale);
    const actions: { id: string; scope: Scope; delegation: Delegation; createdAt: Date; language: Language }[] = [];
    for (let i = 0; i < actionTarget; i++) {
      const creator = r.pick(everyone);
      const d = byId.get(creator.delegationId)!;
      const scope: Scope = r.rand() < 0.15 ? "GROUP" : "DELEGATION";
      const theme = r.rand() < 0.9 ? r.pick(themes) : null;
      const status = r.pick(statuses);
      const createdAt = stamp();
      const language = languageOf(r);
      const id = r.uuid();
      actions.push({ id, scope, delegation: d, createdAt, language });
      rows.FollowUpAction!.push({
        id, title: `${r.pick(ACTION_TITLES[language])} ${r.pick(TAGS)} (${i + 1})`,
        description: markdownBody(r, r.int(0, 3), language), meetingId: theme?.meetingId ?? null, themeId: theme?.id ?? null, annotationId: null,
        scope, delegationId: d.id, group: d.group, creatorId: creator.id,
        assigneeId: r.rand() < 0.7 ? (scope === "DELEGATION" ? r.pick(members(d)) : r.pick(inGroup.get(d.group)!)).id : null,
        dueOn: r.rand() < 0.85 ? r.dateBetween(new Date("2013-08-01"), new Date("2013-11-30")).toISOString().slice(0, 10) : null,
        priority: r.pick(["LOW", "MEDIUM", "MEDIUM", "HIGH"]), status, blockedReason: status === "BLOCKED" ? "Waiting for capital's instructions." : null,
        createdAt, updatedAt: createdAt,
      });
    }

    // Group positions on every theme (never for observers), with their revisions and
    // the heads who agreed; a stance (and its first change) of every delegation.
    for (const theme of themes) {
      for (const group of ["GOVERNMENT", "EMPLOYERS", "WORKERS"] as const) {
        const groupDelegations = delegations.filter((d) => d.group === group);
        const status = r.pick(["DRAFT", "DRAFT", "AGREED", "DELIVERED"]);
        const revisions = r.int(1, 5);
        const id = r.uuid();
        const author = headOf(r.pick(groupDelegations));
        const createdAt = stamp();
        let body = "";
        for (let n = 1; n <= revisions; n++) {
          body = `## ${theme.code}: position of the ${group.toLowerCase()} group\n\n${Array.from({ length: 3 + n }, () => markdownBody(r, 3)).join("\n\n")}`;
          const by = headOf(r.pick(groupDelegations));
          rows.PositionRevision!.push({
            id: r.uuid(), positionId: id, number: n, body, status: n === revisions ? status : "DRAFT",
            authorId: by.id, delegationId: by.delegationId, restoredFrom: null, createdAt: new Date(createdAt.getTime() + n * 3600_000),
          });
        }
        rows.GroupPosition!.push({
          id, themeId: theme.id, group, status, body, revision: revisions, updatedById: author.id,
          agreedAt: status === "DRAFT" ? null : createdAt, deliveredAt: status === "DELIVERED" ? createdAt : null, createdAt, updatedAt: createdAt,
        });
        if (status !== "DRAFT") {
          for (const d of groupDelegations.slice(0, r.int(3, 12))) {
            rows.PositionAgreement!.push({ positionId: id, delegationId: d.id, userId: headOf(d).id, revision: revisions, createdAt });
          }
        }
      }
      for (const d of delegations) {
        if (d.group === "OBSERVER") continue;
        const id = r.uuid();
        const value = r.pick(["SUPPORT", "SUPPORT", "SUPPORT_WITH_AMENDMENTS", "OPPOSE", "UNDECIDED"]);
        const note = r.rand() < 0.4 ? r.pick(SENTENCES[languageOf(r)]) : "";
        const setBy = headOf(d);
        const createdAt = stamp();
        rows.Stance!.push({ id, themeId: theme.id, delegationId: d.id, value, note, setById: setBy.id, createdAt, updatedAt: createdAt });
        rows.StanceChange!.push({ stanceId: id, value, note, setById: setBy.id, createdAt });
      }
    }

    // Comments on actions, by people who may read them, until the search index holds
    // TARGETS.searchDocuments (what the seed wrote counts: paragraphs, instruments, key figures).
    const [seeded] = (await client.query<{ n: string }>(`SELECT count(*) AS n FROM "SearchDocument"`)).rows;
    const documents =
      Number(seeded?.n ?? 0) + rows.Annotation!.filter((n) => !n.deletedAt).length + rows.AnnotationReply!.length + rows.FollowUpAction!.length +
      rows.GroupPosition!.length + rows.Stance!.filter((st) => st.note !== "").length;
    const commentTarget = Math.max(0, Math.round(TARGETS.searchDocuments * scale) - documents);
    for (let i = 0; i < commentTarget; i++) {
      const action = r.pick(actions);
      const author = readerOf(action.scope, action.delegation);
      const createdAt = new Date(action.createdAt.getTime() + r.int(1, 240) * 3600_000);
      rows.ActionComment!.push({
        id: r.uuid(), actionId: action.id, authorId: author.id, delegationId: author.delegationId,
        body: markdownBody(r, r.int(1, 2), r.rand() < 0.8 ? action.language : languageOf(r)), createdAt,
      });
    }

    await client.query("BEGIN");
    for (const [table, tableRows] of Object.entries(rows)) await insertRows(client, table, tableRows);
    await client.query("COMMIT");
    // Fresh statistics, as a long-running database would have: the planner's choices
    // are part of what is measured.
    await client.query("ANALYZE");

    const counts = Object.fromEntries(
      (await client.query<{ table: string; n: string }>(
        `SELECT 'delegations' AS table, count(*) AS n FROM "Delegation" UNION ALL SELECT 'people', count(*) FROM "User"
         UNION ALL SELECT 'themes', count(*) FROM "Theme" UNION ALL SELECT 'notes', count(*) FROM "Annotation"
         UNION ALL SELECT 'replies', count(*) FROM "AnnotationReply" UNION ALL SELECT 'actions', count(*) FROM "FollowUpAction"
         UNION ALL SELECT 'positions', count(*) FROM "GroupPosition" UNION ALL SELECT 'stances', count(*) FROM "Stance"
         UNION ALL SELECT 'action comments', count(*) FROM "ActionComment" UNION ALL SELECT 'search documents', count(*) FROM "SearchDocument"`,
      )).rows.map((row) => [row.table, Number(row.n)]),
    );
    const noteWithReplies = visibleNotes[0]!;
    return {
      counts,
      notePath: `/meetings/${measured.meetingSlug}/themes/${measured.code}/notes/${noteWithReplies.id}`,
      seconds: (Date.now() - started) / 1000,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
