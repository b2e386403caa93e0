// The group positions of the demo's story, revision by revision: drafts still being
// written, texts the heads have agreed, and texts delivered to the meeting. Written
// for this project. Times are 2013, UTC ("MM-DD hh:mm").
//
// `agreed` moves the text to AGREED (a revision of its own, as in the app) with that
// head's agreement; `alsoAgreed` are the other heads who agreed to the same revision.
// `delivered` moves it on to DELIVERED.
import type { TPositionGroup } from "@/lib/positions/status";

export type TStoryPosition = {
  theme: string;
  group: TPositionGroup;
  revisions: { by: string; at: string; body: string }[];
  agreed?: { by: string; at: string; alsoAgreed?: { by: string; at: string }[] };
  delivered?: { by: string; at: string };
};

export const STORY_POSITIONS: TStoryPosition[] = [
  // ── Governments
  {
    theme: "RT1",
    group: "GOVERNMENT",
    revisions: [
      {
        by: "delegate.lk@gov.demo",
        at: "08-26 09:00",
        body: "Governments recognise that most international migrants are economically active and that decent work is central to the development gains of migration.\n\nWe ask that the post-2015 framework include decent work as a goal of its own.",
      },
      {
        by: "head.mx@gov.demo",
        at: "08-30 15:10",
        body: "Governments recognise that most international migrants are economically active and that decent work is central to the development gains of migration.\n\nWe ask that the post-2015 framework include decent work as a goal of its own, and that indicators be developed on the portability of social security entitlements.",
      },
      {
        by: "delegate.lk@gov.demo",
        at: "09-09 11:30",
        body: "Governments recognise that most international migrants are economically active and that decent work is central to the development gains of migration.\n\nWe ask that the post-2015 framework include decent work as a goal of its own, and that indicators be developed on the portability of social security entitlements and on the cost of sending remittances.\n\nWe will extend social protection floors to migrants in line with national circumstances.",
      },
    ],
  },
  {
    theme: "RT2",
    group: "GOVERNMENT",
    revisions: [
      {
        by: "delegate.ph@gov.demo",
        at: "08-22 08:30",
        body: "Governments reaffirm that all international labour standards apply to migrant workers unless otherwise stated.\n\nWe will use the ILO Multilateral Framework on Labour Migration, a non-binding reference, in shaping national policy.",
      },
      {
        by: "delegate.lk@gov.demo",
        at: "09-05 10:00",
        body: "Governments reaffirm that all international labour standards apply to migrant workers unless otherwise stated.\n\nWe will use the ILO Multilateral Framework on Labour Migration, a non-binding reference, in shaping national policy.\n\nAgainst trafficking for labour exploitation we give priority to prevention, protection and compensation, in that order, starting with fair recruitment.",
      },
    ],
    agreed: {
      by: "head.lk@gov.demo",
      at: "09-10 09:15",
      alsoAgreed: [
        { by: "head.ph@gov.demo", at: "09-10 12:40" },
        { by: "head.np@gov.demo", at: "09-11 05:20" },
        { by: "head.bd@gov.demo", at: "09-12 04:55" },
      ],
    },
  },
  {
    theme: "RT3",
    group: "GOVERNMENT",
    revisions: [
      {
        by: "head.it@gov.demo",
        at: "09-06 08:00",
        body: "Governments support coherence between migration, employment and development policies, a leading role for labour ministries, and social dialogue with employers' and workers' organizations. Regional economic communities, such as ECOWAS, offer examples to build on.",
      },
    ],
  },
  {
    theme: "RT4",
    group: "GOVERNMENT",
    revisions: [
      {
        by: "head.lk@gov.demo",
        at: "08-30 06:30",
        body: "Governments of countries of origin and destination will work together on skills recognition and on the portability of social security rights.",
      },
      {
        by: "head.bd@gov.demo",
        at: "09-03 04:45",
        body: "Governments of countries of origin and destination will work together on skills recognition and on the portability of social security rights, bilaterally and through regional arrangements.\n\nBangladesh, the Philippines and Sri Lanka will report jointly on what the ILO's projects changed in their countries.",
      },
    ],
    agreed: { by: "head.lk@gov.demo", at: "09-06 07:00", alsoAgreed: [{ by: "head.bd@gov.demo", at: "09-06 09:30" }, { by: "head.ph@gov.demo", at: "09-07 03:10" }] },
    delivered: { by: "head.ph@gov.demo", at: "09-11 08:20" },
  },

  // ── Employers
  {
    theme: "RT1",
    group: "EMPLOYERS",
    revisions: [
      {
        by: "delegate.ioe@employers.demo",
        at: "08-23 10:30",
        body: "Employers support decent work in the post-2015 agenda, founded on job creation and sustainable enterprises.",
      },
      {
        by: "head.ioe@employers.demo",
        at: "08-28 09:45",
        body: "Employers support decent work in the post-2015 agenda, founded on job creation and sustainable enterprises.\n\nSkills gaps left by emigration must be addressed together with countries of origin, and employers' organizations should take part in assessing labour market needs.",
      },
    ],
    agreed: { by: "head.ioe@employers.demo", at: "09-02 10:00", alsoAgreed: [{ by: "head.efc@employers.demo", at: "09-03 05:10" }, { by: "head.coparmex@employers.demo", at: "09-03 16:30" }] },
    delivered: { by: "head.ioe@employers.demo", at: "09-09 09:00" },
  },
  {
    theme: "RT2",
    group: "EMPLOYERS",
    revisions: [
      {
        by: "head.ioe@employers.demo",
        at: "09-04 08:20",
        body: "Employers condemn forced labour and trafficking. The gaps are mainly in implementation; practical guidance for enterprises and labour inspection would do more than a new instrument.",
      },
      {
        by: "delegate.ioe@employers.demo",
        at: "09-12 11:10",
        body: "Employers condemn forced labour and trafficking. The gaps are mainly in implementation; practical guidance for enterprises and labour inspection would do more than a new instrument.\n\nLicensed private employment agencies that charge workers no fees are part of the solution.",
      },
    ],
  },
  {
    theme: "RT4",
    group: "EMPLOYERS",
    revisions: [
      {
        by: "head.coparmex@employers.demo",
        at: "08-20 17:00",
        body: "Employers support well-structured labour mobility that answers real labour market needs, with mutual recognition of skills.",
      },
      {
        by: "head.ioe@employers.demo",
        at: "09-03 10:15",
        body: "Employers support well-structured labour mobility that answers real labour market needs, with mutual recognition of skills.\n\nPractical safety and health tools — induction in the worker's language, site training — should accompany every scheme.",
      },
    ],
    agreed: { by: "head.ioe@employers.demo", at: "09-12 15:00", alsoAgreed: [{ by: "head.ecop@employers.demo", at: "09-13 02:30" }] },
  },
  {
    theme: "TTM-iii",
    group: "EMPLOYERS",
    revisions: [
      {
        by: "head.ioe@employers.demo",
        at: "09-13 09:30",
        body: "Employers propose that labour market needs be assessed with employers' organizations from the start, using data from sector federations.",
      },
    ],
  },

  // ── Workers
  {
    theme: "RT1",
    group: "WORKERS",
    revisions: [
      {
        by: "head.ituc@workers.demo",
        at: "09-01 09:00",
        body: "Workers call for decent work for migrant workers to be a goal of the post-2015 agenda, with equal treatment, access to collective bargaining and recognition of skills at their true value.",
      },
    ],
  },
  {
    theme: "RT2",
    group: "WORKERS",
    revisions: [
      {
        by: "head.ituc@workers.demo",
        at: "08-20 10:00",
        body: "Workers recall that all international labour standards apply to migrant workers.",
      },
      {
        by: "head.idwf@workers.demo",
        at: "08-27 12:30",
        body: "Workers recall that all international labour standards apply to migrant workers.\n\nNo worker should pay for a job: the no-fee rule of Convention No. 181 must apply across corridors, with joint liability of agencies.",
      },
      {
        by: "head.ituc@workers.demo",
        at: "09-02 08:40",
        body: "Workers recall that all international labour standards apply to migrant workers, and call for the ratification of Conventions Nos 97, 143 and 189.\n\nNo worker should pay for a job: the no-fee rule of Convention No. 181 must apply across corridors, with joint liability of agencies.\n\nWe support a new instrument on forced labour covering prevention, protection and compensation.",
      },
    ],
    agreed: { by: "head.ituc@workers.demo", at: "09-04 10:00", alsoAgreed: [{ by: "head.psi@workers.demo", at: "09-04 14:10" }, { by: "head.idwf@workers.demo", at: "09-05 07:30" }] },
    delivered: { by: "head.ituc@workers.demo", at: "09-10 08:00" },
  },
  {
    theme: "RT3",
    group: "WORKERS",
    revisions: [
      {
        by: "head.psi@workers.demo",
        at: "08-25 09:20",
        body: "Workers ask that labour migration policy be made through social dialogue, and that cross-border agreements between unions be recognised and supported.",
      },
      {
        by: "head.tucp@workers.demo",
        at: "09-02 03:50",
        body: "Workers ask that labour migration policy be made through social dialogue, and that cross-border agreements between unions be recognised and supported, as the agreements on health workers already show.",
      },
    ],
    agreed: { by: "head.ituc@workers.demo", at: "09-09 13:00", alsoAgreed: [{ by: "head.psi@workers.demo", at: "09-09 15:45" }, { by: "head.tucp@workers.demo", at: "09-10 02:15" }] },
  },
  {
    theme: "TTM-iv",
    group: "WORKERS",
    revisions: [
      {
        by: "delegate.ituc@workers.demo",
        at: "09-10 14:20",
        body: "Workers will propose a standing tripartite mechanism on labour migration within the ILO.",
      },
    ],
  },
];
