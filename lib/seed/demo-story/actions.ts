// The follow-up actions of the demo's story: fifty pieces of work in every status,
// most due in the weeks around the workspace date (16 September 2013), some of them
// overdue. Sri Lanka's are many, so its head's home page and dashboard have plenty to
// show; other delegations' give the group views their breadth. Written for this
// project.
//
// Times are 2013, UTC: "MM-DD hh:mm" for moments, "MM-DD" for due dates. The history
// follows the app's rules (lib/follow-up/status-transitions.ts): work starts before it
// is done or blocked; `started` is when it moved to IN_PROGRESS, `ended` when it
// reached its final status (DONE, BLOCKED or CANCELLED).
import type { ActionPriority, ActionStatus } from "@/lib/generated/prisma/enums";

export type TStoryAction = {
  key: string;
  title: string;
  description?: string;
  by: string;
  assignee?: string;
  scope: "DELEGATION" | "GROUP";
  theme?: string;
  meeting?: string;
  note?: string;
  created: string;
  due?: string;
  priority: ActionPriority;
  status: ActionStatus;
  started?: string;
  ended?: string;
  blockedReason?: string;
  comments?: { by: string; at: string; body: string }[];
};

export const STORY_ACTIONS: TStoryAction[] = [
  // ── Government of Sri Lanka
  {
    key: "lk-brief-rt1",
    title: "Draft the minister's one-page briefs on RT1",
    description: "One page on each of our three asks: decent work, portability, remittance costs.",
    by: "head.lk@gov.demo",
    assignee: "delegate.lk@gov.demo",
    scope: "DELEGATION",
    theme: "RT1",
    note: "rt1-minister-brief",
    created: "09-09 07:45",
    due: "09-13",
    priority: "HIGH",
    status: "IN_PROGRESS",
    started: "09-10 08:00",
    comments: [{ by: "delegate.lk@gov.demo", at: "09-13 15:20", body: "Two of three pages done; the remittance page needs the bank's final table." }],
  },
  { key: "lk-remittance-figures", title: "Obtain remittance cost figures from the central bank", by: "head.lk@gov.demo", assignee: "adviser.lk@gov.demo", scope: "DELEGATION", theme: "RT1", created: "08-26 09:10", due: "09-06", priority: "MEDIUM", status: "DONE", started: "08-28 10:00", ended: "09-12 09:35" },
  { key: "lk-talking-points-rt2", title: "Talking points on our national labour migration policy", by: "head.lk@gov.demo", assignee: "adviser.lk@gov.demo", scope: "DELEGATION", theme: "RT2", note: "rt2-sri-lanka-named", created: "08-14 06:30", due: "08-30", priority: "HIGH", status: "DONE", started: "08-15 08:10", ended: "08-29 12:00" },
  { key: "lk-side-event-decision", title: "Decide whether we co-sponsor the side event on domestic workers", by: "delegate.lk@gov.demo", assignee: "head.lk@gov.demo", scope: "DELEGATION", theme: "RT2", note: "rt2-open-questions", created: "09-12 16:20", due: "09-17", priority: "HIGH", status: "OPEN" },
  { key: "lk-speaker-rt2", title: "Confirm who speaks for Sri Lanka in RT2", by: "delegate.lk@gov.demo", assignee: "head.lk@gov.demo", scope: "DELEGATION", theme: "RT2", created: "09-12 16:25", due: "09-20", priority: "MEDIUM", status: "OPEN" },
  { key: "lk-mission-list", title: "Send the delegation list to the Permanent Mission in New York", by: "head.lk@gov.demo", assignee: "head.lk@gov.demo", scope: "DELEGATION", meeting: "hld-2013", created: "08-30 07:00", due: "09-13", priority: "HIGH", status: "OPEN" },
  {
    key: "lk-visa-ny",
    title: "Visas and accreditation for the New York delegation",
    by: "head.lk@gov.demo",
    assignee: "delegate.lk@gov.demo",
    scope: "DELEGATION",
    meeting: "hld-2013",
    created: "07-22 09:00",
    due: "09-10",
    priority: "HIGH",
    status: "BLOCKED",
    started: "07-25 09:30",
    ended: "09-05 11:40",
    blockedReason: "Waiting for the accreditation list from the Permanent Mission.",
    comments: [{ by: "delegate.lk@gov.demo", at: "09-05 11:45", body: "The Mission sends the list once accreditation opens; nothing more we can do before then." }],
  },
  { key: "lk-portability-draft", title: "Draft the portability wording for the government position on RT1", by: "delegate.lk@gov.demo", assignee: "delegate.lk@gov.demo", scope: "GROUP", theme: "RT1", note: "rt1-portability-target", created: "08-23 10:00", due: "09-04", priority: "MEDIUM", status: "DONE", started: "08-26 07:30", ended: "09-03 16:00" },
  { key: "lk-rt4-joint-statement", title: "Coordinate the joint RT4 statement of Bangladesh, the Philippines and Sri Lanka", by: "head.lk@gov.demo", assignee: "head.lk@gov.demo", scope: "GROUP", theme: "RT4", note: "rt4-joint-statement", created: "08-29 06:00", due: "09-20", priority: "HIGH", status: "IN_PROGRESS", started: "09-02 07:15" },
  { key: "lk-eac-draft", title: "Ask the Office for the East African social security draft", by: "head.lk@gov.demo", assignee: "adviser.lk@gov.demo", scope: "DELEGATION", theme: "RT4", note: "rt4-eac-instrument", created: "09-13 11:00", due: "09-27", priority: "LOW", status: "OPEN" },
  { key: "lk-hotel-geneva", title: "Book accommodation for the Geneva meeting", by: "head.lk@gov.demo", assignee: "delegate.lk@gov.demo", scope: "DELEGATION", meeting: "ttm-2013", created: "09-02 08:20", due: "10-04", priority: "MEDIUM", status: "OPEN" },
  { key: "lk-ttm-carry-forward", title: "List what carries forward from RT1 to the technical meeting", by: "delegate.lk@gov.demo", assignee: "delegate.lk@gov.demo", scope: "DELEGATION", theme: "TTM-i", note: "ttm1-carry-forward", created: "09-12 17:30", due: "10-11", priority: "LOW", status: "OPEN" },
  { key: "lk-colombo-line", title: "Update our Colombo Process line for TTM-iv", by: "head.lk@gov.demo", assignee: "adviser.lk@gov.demo", scope: "DELEGATION", theme: "TTM-iv", created: "09-13 07:00", due: "10-18", priority: "MEDIUM", status: "OPEN" },
  { key: "lk-stance-rt3", title: "Recommend our stance on RT3", by: "head.lk@gov.demo", assignee: "delegate.lk@gov.demo", scope: "DELEGATION", theme: "RT3", created: "09-05 09:00", due: "09-12", priority: "MEDIUM", status: "IN_PROGRESS", started: "09-09 10:30" },
  { key: "lk-press-lines", title: "Press lines for the minister's arrival in New York", by: "head.lk@gov.demo", assignee: "adviser.lk@gov.demo", scope: "DELEGATION", meeting: "hld-2013", created: "09-10 14:00", due: "09-27", priority: "LOW", status: "OPEN" },
  { key: "lk-cabinet-paper", title: "Cabinet paper on the delegation's mandate", by: "head.lk@gov.demo", assignee: "head.lk@gov.demo", scope: "DELEGATION", meeting: "hld-2013", created: "07-29 08:00", due: "08-23", priority: "HIGH", status: "DONE", started: "08-01 09:00", ended: "08-22 17:30" },
  { key: "lk-travel-funds", title: "Request travel funds for a second adviser", by: "head.lk@gov.demo", assignee: "delegate.lk@gov.demo", scope: "DELEGATION", meeting: "hld-2013", created: "07-30 10:15", due: "08-16", priority: "LOW", status: "CANCELLED", ended: "08-12 09:00" },
  { key: "lk-statistics-annex", title: "Statistical annex: departures by destination, 2008–2012", by: "head.lk@gov.demo", assignee: "adviser.lk@gov.demo", scope: "DELEGATION", theme: "RT4", created: "08-05 07:40", due: "08-30", priority: "MEDIUM", status: "DONE", started: "08-07 08:00", ended: "08-27 15:10" },
  { key: "lk-welfare-fund", title: "Brief on the migrant workers' welfare fund for RT2", by: "delegate.lk@gov.demo", assignee: "adviser.lk@gov.demo", scope: "DELEGATION", theme: "RT2", created: "09-03 09:20", due: "09-24", priority: "MEDIUM", status: "IN_PROGRESS", started: "09-06 08:45" },
  { key: "lk-seating-list", title: "Check the roundtable seating list once it is published", by: "head.lk@gov.demo", scope: "DELEGATION", meeting: "hld-2013", created: "09-14 06:30", due: "09-30", priority: "LOW", status: "OPEN" },
  { key: "lk-prevention-wording", title: "Put \"prevention, protection and compensation\" into the RT2 draft", by: "delegate.lk@gov.demo", assignee: "delegate.lk@gov.demo", scope: "GROUP", theme: "RT2", note: "rt2-prevention-first", created: "09-04 10:30", due: "09-11", priority: "MEDIUM", status: "DONE", started: "09-05 07:00", ended: "09-10 11:20" },

  // ── Government of the Philippines
  {
    key: "ph-joint-liability",
    title: "Note on joint liability of recruitment agencies for RT2",
    by: "head.ph@gov.demo",
    assignee: "delegate.ph@gov.demo",
    scope: "DELEGATION",
    theme: "RT2",
    note: "rt2-no-fees",
    created: "08-26 11:00",
    due: "09-09",
    priority: "HIGH",
    status: "IN_PROGRESS",
    started: "08-30 08:00",
    comments: [{ by: "delegate.ph@gov.demo", at: "09-11 10:05", body: "Draft shared with the head; waiting for the labour attaché's comments." }],
  },
  { key: "ph-rt4-results", title: "Send our project results for the joint RT4 statement", by: "head.ph@gov.demo", assignee: "delegate.ph@gov.demo", scope: "GROUP", theme: "RT4", created: "08-28 08:00", due: "09-10", priority: "MEDIUM", status: "DONE", started: "09-02 07:30", ended: "09-09 13:40" },
  { key: "ph-framework-wording", title: "Wording that cites the Multilateral Framework in the RT2 position", by: "delegate.ph@gov.demo", assignee: "delegate.ph@gov.demo", scope: "GROUP", theme: "RT2", note: "rt2-framework", created: "08-16 07:00", due: "08-23", priority: "MEDIUM", status: "DONE", started: "08-16 07:05", ended: "08-21 10:30" },
  { key: "ph-bilateral-list", title: "List of bilateral labour agreements in force", by: "head.ph@gov.demo", assignee: "delegate.ph@gov.demo", scope: "DELEGATION", theme: "RT1", created: "08-07 09:30", due: "09-20", priority: "LOW", status: "OPEN" },
  { key: "ph-side-event", title: "Propose a side event with returned workers' associations", by: "head.ph@gov.demo", assignee: "head.ph@gov.demo", scope: "DELEGATION", theme: "RT2", note: "rt2-returnees", created: "09-06 10:00", due: "09-25", priority: "MEDIUM", status: "BLOCKED", started: "09-09 09:00", ended: "09-13 12:30", blockedReason: "Waiting for the co-sponsors' replies." },
  { key: "ph-comment-rt1-draft", title: "Comment on the government draft position on RT1", by: "head.lk@gov.demo", assignee: "delegate.ph@gov.demo", scope: "GROUP", theme: "RT1", created: "09-10 08:00", due: "09-18", priority: "MEDIUM", status: "OPEN" },

  // ── International Organisation of Employers
  { key: "ioe-growth-consultation", title: "Coordinate with the growth and employment consultation", by: "head.ioe@employers.demo", assignee: "delegate.ioe@employers.demo", scope: "DELEGATION", theme: "RT1", note: "rt1-jobs-first", created: "08-20 09:00", due: "09-06", priority: "MEDIUM", status: "DONE", started: "08-22 08:30", ended: "09-05 16:45" },
  {
    key: "ioe-forced-labour-note",
    title: "Employers' note on gaps in implementing the forced labour standards",
    by: "head.ioe@employers.demo",
    assignee: "head.ioe@employers.demo",
    scope: "DELEGATION",
    theme: "RT2",
    note: "rt2-forced-labour-gaps",
    created: "08-29 08:00",
    due: "09-13",
    priority: "HIGH",
    status: "IN_PROGRESS",
    started: "09-02 09:10",
    comments: [{ by: "head.ioe@employers.demo", at: "09-12 14:00", body: "Second draft circulated to the employers' group for comments." }],
  },
  { key: "ioe-shortage-data", title: "Collect skills shortage data from member federations", by: "head.ioe@employers.demo", assignee: "delegate.ioe@employers.demo", scope: "GROUP", theme: "TTM-iii", note: "ttm3-needs-assessment", created: "09-04 12:30", due: "10-15", priority: "MEDIUM", status: "IN_PROGRESS", started: "09-09 10:00" },
  { key: "ioe-osh-tools", title: "Examples of safety induction tools for migrant construction workers", by: "head.ioe@employers.demo", assignee: "head.coparmex@employers.demo", scope: "GROUP", theme: "RT4", note: "rt4-construction", created: "08-14 10:00", due: "09-30", priority: "LOW", status: "OPEN" },
  { key: "ioe-rt3-draft", title: "Circulate the employers' draft on RT3", by: "head.ioe@employers.demo", assignee: "delegate.ioe@employers.demo", scope: "GROUP", theme: "RT3", created: "09-09 09:30", due: "09-16", priority: "HIGH", status: "OPEN" },
  { key: "ioe-caucus-room", title: "Book a room for the employers' caucus in New York", by: "head.ioe@employers.demo", assignee: "delegate.ioe@employers.demo", scope: "DELEGATION", meeting: "hld-2013", created: "09-02 11:00", due: "09-27", priority: "LOW", status: "CANCELLED", ended: "09-11 08:15" },

  // ── International Trade Union Confederation
  { key: "ituc-evaluation-briefing", title: "Ask the Office to brief the group on the migration evaluation", by: "head.ituc@workers.demo", assignee: "delegate.ituc@workers.demo", scope: "GROUP", theme: "RT2", note: "rt2-evaluation", created: "09-09 11:10", due: "09-20", priority: "MEDIUM", status: "IN_PROGRESS", started: "09-12 09:00" },
  { key: "ituc-collective-bargaining", title: "Text on migrant workers' access to collective bargaining", by: "head.ituc@workers.demo", assignee: "head.ituc@workers.demo", scope: "DELEGATION", theme: "RT1", note: "rt1-skills-pay", created: "08-29 09:00", due: "09-12", priority: "HIGH", status: "BLOCKED", started: "09-02 08:00", ended: "09-11 10:20", blockedReason: "Waiting for the legal department's review." },
  { key: "ituc-instrument-brief", title: "Brief in support of a new instrument on forced labour", by: "head.ituc@workers.demo", assignee: "delegate.ituc@workers.demo", scope: "DELEGATION", theme: "RT2", created: "08-30 10:00", due: "09-18", priority: "HIGH", status: "OPEN" },
  { key: "ituc-mechanism-note", title: "Concept note: a standing tripartite mechanism on labour migration", by: "head.ituc@workers.demo", assignee: "delegate.ituc@workers.demo", scope: "DELEGATION", theme: "TTM-iv", note: "ttm4-social-dialogue-first", created: "09-05 16:00", due: "10-25", priority: "MEDIUM", status: "OPEN" },
  { key: "ituc-health-workers", title: "Findings on health worker migration for the group", by: "head.ituc@workers.demo", assignee: "head.psi@workers.demo", scope: "GROUP", theme: "RT2", created: "09-03 14:00", due: "09-27", priority: "MEDIUM", status: "IN_PROGRESS", started: "09-10 08:30" },
  { key: "ituc-recruitment-cases", title: "Domestic workers' recruitment cases, by corridor", by: "head.ituc@workers.demo", assignee: "head.idwf@workers.demo", scope: "GROUP", theme: "RT2", created: "08-22 08:00", due: "09-05", priority: "MEDIUM", status: "DONE", started: "08-24 09:00", ended: "09-04 15:30" },

  // ── Other delegations
  { key: "mx-committee-note", title: "Note on our inter-ministerial committee", by: "head.mx@gov.demo", assignee: "head.mx@gov.demo", scope: "DELEGATION", theme: "RT3", note: "rt3-labour-ministries", created: "08-13 09:00", due: "08-30", priority: "MEDIUM", status: "DONE", started: "08-15 10:00", ended: "08-28 12:00" },
  { key: "np-skills-pilot", title: "Results of the skills testing pilot", by: "head.np@gov.demo", assignee: "head.np@gov.demo", scope: "GROUP", theme: "RT4", note: "rt4-skills-recognition", created: "09-03 06:00", due: "10-01", priority: "MEDIUM", status: "IN_PROGRESS", started: "09-06 05:30" },
  { key: "bd-project-results", title: "Project results for the joint RT4 statement", by: "head.bd@gov.demo", assignee: "head.bd@gov.demo", scope: "GROUP", theme: "RT4", note: "rt4-joint-statement", created: "08-29 04:30", due: "09-10", priority: "MEDIUM", status: "DONE", started: "09-02 04:00", ended: "09-09 07:50" },
  { key: "ma-national-meeting", title: "Invite employers and workers to the national preparatory meeting", by: "head.ma@gov.demo", assignee: "head.ma@gov.demo", scope: "DELEGATION", theme: "RT3", note: "rt3-employers-in", created: "08-26 12:00", due: "09-06", priority: "HIGH", status: "DONE", started: "08-27 08:00", ended: "09-04 10:00" },
  { key: "jo-sponsorship-paper", title: "Paper on sponsorship reform for the government group", by: "head.jo@gov.demo", assignee: "head.jo@gov.demo", scope: "GROUP", theme: "TTM-ii", note: "ttm2-sponsorship", created: "09-10 09:00", due: "10-20", priority: "MEDIUM", status: "OPEN" },
  { key: "ca-actuarial-summary", title: "Summary of actuarial findings on migrants' contributions", by: "head.ca@gov.demo", assignee: "head.ca@gov.demo", scope: "DELEGATION", theme: "RT1", note: "rt1-contributions", created: "08-14 09:00", due: "09-13", priority: "LOW", status: "CANCELLED", ended: "09-09 14:00" },
  { key: "efc-emigration-skills", title: "Sectors losing skilled workers to emigration", by: "head.efc@employers.demo", assignee: "head.efc@employers.demo", scope: "DELEGATION", theme: "RT1", created: "08-21 05:00", due: "09-15", priority: "MEDIUM", status: "IN_PROGRESS", started: "08-26 04:30" },
  { key: "tucp-agreements", title: "Present our cross-border union agreements at RT3", by: "head.tucp@workers.demo", assignee: "head.tucp@workers.demo", scope: "DELEGATION", theme: "RT3", note: "rt3-cross-border-unions", created: "08-19 06:30", due: "09-27", priority: "MEDIUM", status: "OPEN" },
  { key: "cgem-sector-data", title: "Sector federation data on labour demand", by: "head.cgem@employers.demo", assignee: "head.cgem@employers.demo", scope: "DELEGATION", theme: "RT3", created: "08-26 09:30", due: "09-20", priority: "MEDIUM", status: "IN_PROGRESS", started: "09-02 08:00" },
  { key: "bwi-osh-priorities", title: "Safety and health priorities for labour mobility schemes", by: "head.bwi@workers.demo", assignee: "head.bwi@workers.demo", scope: "GROUP", theme: "RT4", created: "08-13 08:00", due: "09-09", priority: "HIGH", status: "BLOCKED", started: "08-20 09:00", ended: "09-06 11:00", blockedReason: "Waiting for fatality data from two affiliates." },
  { key: "idwf-c181-brief", title: "Brief on recruitment without fees under C181", by: "head.idwf@workers.demo", assignee: "head.idwf@workers.demo", scope: "DELEGATION", theme: "RT2", note: "rt2-no-fees", created: "08-23 07:30", due: "09-19", priority: "HIGH", status: "IN_PROGRESS", started: "08-27 08:00" },
];
