// The notes of the demo's story: what delegations wrote on the themes between early
// August and the workspace date (16 September 2013), with the replies they got and
// the threads they closed. Written for this project. Notes on the roundtables quote
// the background text exactly (a unit test checks every quote is found); the
// technical meeting's themes have no background text yet, so their notes are on the
// theme as a whole (DESIGN.md, "The demo tells the story").
//
// Times are 2013, UTC, written "MM-DD hh:mm". A resolved thread was closed by the
// note's author on the date given.
import type { Scope } from "@/lib/generated/prisma/enums";

export type TStoryReply = { by: string; at: string; body: string };

export type TStoryNote = {
  key: string;
  theme: string;
  by: string;
  scope: Scope;
  at: string;
  quote?: { paragraph: number; exact: string };
  body: string;
  tags?: string[];
  resolved?: string;
  replies?: TStoryReply[];
};

export const STORY_NOTES: TStoryNote[] = [
  // ── RT1: migration and sustainable development, post-2015
  {
    key: "rt1-social-floor",
    theme: "RT1",
    by: "head.ph@gov.demo",
    scope: "ALL",
    at: "08-06 08:40",
    quote: { paragraph: 1, exact: "extension of social protection to all residents, including migrants" },
    body: "The Philippines can support this wording. Our bilateral social security agreements cover fewer than a third of the countries where our workers are deployed, so a floor that reaches **all residents** would close a real gap. We would like the roundtable summary to name Recommendation No. 202.",
    tags: ["social protection", "R202"],
    resolved: "08-12 10:05",
    replies: [
      { by: "head.ioe@employers.demo", at: "08-07 09:12", body: "Employers agree with the aim. We would not read R202 as a call for new contributory obligations on employers of temporary migrants: the floors are nationally defined and mostly tax-financed." },
      { by: "head.ituc@workers.demo", at: "08-08 14:30", body: "Nationally defined floors still have to include migrants, in law and in practice. Temporary and undocumented workers are exactly where the gap lies." },
      { by: "head.ph@gov.demo", at: "08-09 07:55", body: "Both points noted. We will propose *in line with national circumstances* as the qualifier, and keep migrants in the sentence." },
    ],
  },
  {
    key: "rt1-contributions",
    theme: "RT1",
    by: "head.ca@gov.demo",
    scope: "ALL",
    at: "08-12 15:20",
    quote: { paragraph: 1, exact: "migrant workers contribute to the sustainability of social security systems in countries of destination" },
    body: "Canada would welcome figures behind this sentence. In our own actuarial reviews the effect depends on the age profile of arrivals and on how long they stay; it holds on average, not in every scheme.",
    tags: ["data"],
    replies: [
      { by: "observer.iom@observers.demo", at: "08-13 11:02", body: "IOM can share a recent review of contribution and benefit flows in several destination countries. I will add the reference to the roundtable reading list." },
      { by: "head.ca@gov.demo", at: "08-14 08:15", body: "Thank you, that will help our delegation brief." },
    ],
  },
  {
    key: "rt1-portability-target",
    theme: "RT1",
    by: "delegate.lk@gov.demo",
    scope: "GROUP",
    at: "08-20 10:10",
    quote: { paragraph: 3, exact: "increase social protection of migrants, including through portability of social security benefits" },
    body: "Proposal for the government group: ask that portability become a *measurable* target of the post-2015 framework, for example the number of social security agreements in force. Sri Lanka has two; several of us have none.",
    tags: ["portability", "post-2015"],
    replies: [
      { by: "head.np@gov.demo", at: "08-21 06:45", body: "Nepal supports. We would add the cost of transferring pension entitlements, which is where our workers lose most." },
      { by: "head.mx@gov.demo", at: "08-22 16:20", body: "Mexico agrees on a target but would leave the indicators to the statisticians rather than write them into the roundtable text." },
      { by: "delegate.lk@gov.demo", at: "08-23 09:30", body: "Fair. I will draft it as a recommendation to develop indicators, without listing them." },
    ],
  },
  {
    key: "rt1-skills-pay",
    theme: "RT1",
    by: "head.ituc@workers.demo",
    scope: "ALL",
    at: "08-27 13:05",
    quote: { paragraph: 3, exact: "address the recognition of diplomas, qualifications and skills" },
    body: "Workers' organizations want recognition of skills tied to **equal pay for work of equal value**. Recognition that only eases entry, while workers are still paid below their qualification, does not bring the development gains this paragraph promises.",
    tags: ["skills", "equal pay"],
    replies: [
      { by: "head.coparmex@employers.demo", at: "08-28 17:40", body: "Employers support mutual recognition frameworks. Pay is a matter for collective bargaining and national law, not for the roundtable." },
      { by: "head.ituc@workers.demo", at: "08-29 08:20", body: "Which is why we ask that migrant workers' access to collective bargaining be named beside recognition." },
    ],
  },
  {
    key: "rt1-minister-brief",
    theme: "RT1",
    by: "head.lk@gov.demo",
    scope: "DELEGATION",
    at: "09-09 07:30",
    body: "For the minister's briefing, our three asks on RT1:\n\n1. decent work as a goal of its own in the post-2015 agenda;\n2. portability of social security;\n3. lower costs of sending remittances.\n\nAnusha to draft one page on each by Friday.",
    tags: ["briefing"],
    replies: [
      { by: "delegate.lk@gov.demo", at: "09-10 12:15", body: "Drafts of (1) and (2) are in the shared folder; (3) waits for the central bank's figures." },
      { by: "adviser.lk@gov.demo", at: "09-12 09:40", body: "The central bank's figures arrived: sending USD 200 from the Gulf corridors costs about 6 per cent on average. Added to the draft of (3)." },
    ],
  },
  {
    key: "rt1-megatrend",
    theme: "RT1",
    by: "observer.iom@observers.demo",
    scope: "ALL",
    at: "08-15 09:50",
    quote: { paragraph: 2, exact: "population dynamics (where international migration is being discussed as one of the four population megatrends)" },
    body: "For delegations following the population dynamics consultation: its synthesis is expected before the Dialogue. It may be worth aligning language so that migration is not described only as a demographic trend but also as a labour market reality.",
    replies: [
      { by: "head.np@gov.demo", at: "09-12 04:50", body: "Nepal follows that consultation and would support aligning the language; remittances and labour markets belong in the same sentence." },
    ],
  },
  {
    key: "rt1-jobs-first",
    theme: "RT1",
    by: "head.ioe@employers.demo",
    scope: "GROUP",
    at: "08-19 11:25",
    quote: { paragraph: 2, exact: "ensure that decent work is considered as an integral component of the post-2015 roadmap" },
    body: "Employers' group: we support decent work in the post-2015 agenda, and our message should put **job creation and enterprise development** first. I suggest we coordinate with the growth and employment consultation, where IOE is active.",
    tags: ["post-2015"],
    resolved: "08-26 15:00",
    replies: [
      { by: "head.efc@employers.demo", at: "08-20 05:40", body: "Agreed. Sri Lankan employers would add the skills gap in sectors that lose workers to emigration." },
      { by: "delegate.ioe@employers.demo", at: "08-23 10:00", body: "Both points are now in the draft employers' position on RT1." },
    ],
  },
  {
    key: "rt1-costs-before-departure",
    theme: "RT1",
    by: "head.bd@gov.demo",
    scope: "ALL",
    at: "09-11 06:35",
    quote: { paragraph: 1, exact: "international migration to be essentially about the search for productive employment, decent work and livelihoods" },
    body: "Bangladesh agrees with this framing and asks that the roundtable also look at the **costs workers carry before they leave**: recruitment fees can exceed a year's earnings at home.",
    tags: ["fair recruitment"],
    replies: [
      { by: "head.idwf@workers.demo", at: "09-12 13:10", body: "Domestic workers' organizations have documented the same. We support naming recruitment costs in the RT1 outcome, not only under RT2." },
    ],
  },

  // ── RT2: human rights of migrants, smuggling and trafficking
  {
    key: "rt2-all-standards",
    theme: "RT2",
    by: "head.ituc@workers.demo",
    scope: "ALL",
    at: "08-05 09:00",
    quote: { paragraph: 2, exact: "All international labour standards apply to migrant workers unless otherwise stated" },
    body: "This is the sentence we want every government to repeat. Migrant workers are too often treated as if only the migration Conventions applied to them; the Conventions on freedom of association, forced labour and equality apply in full.",
    tags: ["C097", "C143"],
    replies: [
      { by: "head.ma@gov.demo", at: "08-06 10:30", body: "Morocco agrees, and applies these standards to the growing number of workers who now settle in Morocco rather than pass through it." },
      { by: "head.ioe@employers.demo", at: "08-07 16:45", body: "Employers do not question the principle. Our concern is how the supervisory bodies' comments are summarised in the roundtable papers." },
    ],
  },
  {
    key: "rt2-framework",
    theme: "RT2",
    by: "delegate.ph@gov.demo",
    scope: "GROUP",
    at: "08-13 08:05",
    quote: { paragraph: 2, exact: "a rights-based approach to labour migration while recognizing labour market needs" },
    body: "The Multilateral Framework is the best bridge between the rights language of the Dialogue and what labour ministries do every day. Could our group cite it in the RT2 position as the reference tool?",
    tags: ["MFLM"],
    resolved: "08-19 09:00",
    replies: [
      { by: "head.lk@gov.demo", at: "08-14 07:20", body: "Yes. Sri Lanka built its national labour migration policy on it, as the paper says; happy to propose the wording." },
      { by: "head.jo@gov.demo", at: "08-15 12:00", body: "Jordan can support a reference, provided the text keeps clear that the Framework is non-binding." },
      { by: "delegate.ph@gov.demo", at: "08-16 06:50", body: "Noted, *non-binding* stays in the sentence." },
    ],
  },
  {
    key: "rt2-sri-lanka-named",
    theme: "RT2",
    by: "head.lk@gov.demo",
    scope: "DELEGATION",
    at: "08-14 06:10",
    quote: { paragraph: 2, exact: "such as for example in Sri Lanka" },
    body: "We are named in the paper, so the minister may be asked about our experience. Prepare three concrete results of the national policy: pre-departure training, welfare officers in the main destination countries, the insurance scheme.",
    tags: ["briefing"],
    replies: [
      { by: "adviser.lk@gov.demo", at: "08-16 11:35", body: "Talking points are drafted; the insurance figures come from the Bureau's 2012 annual report." },
    ],
  },
  {
    key: "rt2-no-fees",
    theme: "RT2",
    by: "head.idwf@workers.demo",
    scope: "ALL",
    at: "08-21 14:15",
    quote: { paragraph: 3, exact: "the Private Employment Agencies Convention, 1997 (No. 181), which contains salient standards regarding the recruitment of migrant workers" },
    body: "C181 sets the rule that workers are not charged fees. Domestic workers are recruited through agencies more than any other group; the roundtable should call for that rule across whole corridors, with **joint liability** of agencies at both ends.",
    tags: ["C181", "fair recruitment", "domestic work"],
    replies: [
      { by: "head.ecop@employers.demo", at: "08-22 09:25", body: "Philippine employers support licensed agencies and the no-fee principle for domestic workers. Joint liability needs careful design, so that compliant agencies do not pay for others' abuses." },
      { by: "head.idwf@workers.demo", at: "08-23 07:10", body: "Agreed that it needs design — which is why we want it discussed, not dropped." },
      { by: "head.ph@gov.demo", at: "08-26 10:40", body: "The Philippines already holds licensed agencies jointly liable with foreign employers; we can explain how it works in practice." },
    ],
  },
  {
    key: "rt2-forced-labour-gaps",
    theme: "RT2",
    by: "head.ioe@employers.demo",
    scope: "ALL",
    at: "08-28 10:50",
    quote: { paragraph: 4, exact: "whether there is a need for standard setting to complement the ILO’s forced labour Conventions" },
    body: "The employers' view at the February experts' meeting stands: the gaps are mainly in **implementation**, and guidance may serve better than a new instrument. The roundtable should not prejudge what the Governing Body decides.",
    tags: ["forced labour"],
    replies: [
      { by: "head.ituc@workers.demo", at: "08-29 07:45", body: "Workers see it the other way round: a new instrument would cover prevention and compensation, which the 1930 Convention does not. At the least the roundtable should not close the door." },
      { by: "delegate.ohchr@observers.demo", at: "08-30 15:30", body: "OHCHR would point to the victim-protection provisions of the Palermo Protocol as a reference for either option." },
    ],
  },
  {
    key: "rt2-prevention-first",
    theme: "RT2",
    by: "head.np@gov.demo",
    scope: "GROUP",
    at: "09-03 05:55",
    quote: { paragraph: 4, exact: "presents a good opportunity to rethink the paradigm of interventions" },
    body: "For Nepal the change of paradigm is from rescue after the fact to prevention at recruitment. Could our group position say *prevention, protection and compensation*, in that order?",
    tags: ["trafficking"],
    resolved: "09-06 08:30",
    replies: [
      { by: "delegate.lk@gov.demo", at: "09-04 10:20", body: "Sri Lanka agrees. I will put the wording into the next draft of the RT2 position." },
    ],
  },
  {
    key: "rt2-returnees",
    theme: "RT2",
    by: "delegate.mfa@observers.demo",
    scope: "ALL",
    at: "09-05 12:40",
    quote: { paragraph: 1, exact: "identifying important linkages between worker protection and the economic dimensions of migration" },
    body: "Migrant associations in Asia would like the roundtable to hear from returned workers. The link between protection and economics is plainest in their debts: wages withheld abroad become household poverty at home.",
    tags: ["returnees"],
    replies: [
      { by: "head.bd@gov.demo", at: "09-06 09:15", body: "Bangladesh would support a side event with returned workers' associations." },
    ],
  },
  {
    key: "rt2-open-questions",
    theme: "RT2",
    by: "delegate.lk@gov.demo",
    scope: "DELEGATION",
    at: "09-12 16:05",
    body: "Open questions before New York:\n\n- do we co-sponsor the side event on domestic workers?\n- who speaks for us in RT2 if the minister is in RT1 at the same time?\n\nWe need the head's decision this week.",
    tags: ["follow-up"],
  },
  {
    key: "rt2-evaluation",
    theme: "RT2",
    by: "head.ituc@workers.demo",
    scope: "GROUP",
    at: "09-02 08:35",
    quote: { paragraph: 2, exact: "the ILO is conducting an in-depth evaluation of its response to the changing landscape of international labour migration" },
    body: "Workers' group: let us ask the Office to present the evaluation's findings to our group in Geneva before the technical meeting opens.",
    resolved: "09-09 11:00",
    replies: [
      { by: "head.psi@workers.demo", at: "09-03 13:25", body: "PSI supports, and would like what it finds on the migration of health workers included." },
    ],
  },

  // ── RT3: partnerships, coherence, mainstreaming migration into development
  {
    key: "rt3-labour-ministries",
    theme: "RT3",
    by: "head.mx@gov.demo",
    scope: "ALL",
    at: "08-09 15:45",
    quote: { paragraph: 1, exact: "they often play lesser roles to interior/home affairs ministries" },
    body: "Mexico's experience bears this out. Our inter-ministerial committee gave the labour ministry a formal seat, and labour market assessments improved. We would welcome a sentence recommending a leading role for labour ministries in such bodies.",
    tags: ["coherence"],
    resolved: "08-20 14:10",
    replies: [
      { by: "head.ca@gov.demo", at: "08-12 13:30", body: "Canada supports a role for labour ministries but would not prescribe who chairs: structures differ from country to country." },
      { by: "head.mx@gov.demo", at: "08-13 08:00", body: "We can live with *a leading role* without naming the chair." },
    ],
  },
  {
    key: "rt3-cross-border-unions",
    theme: "RT3",
    by: "head.psi@workers.demo",
    scope: "ALL",
    at: "08-16 10:35",
    quote: { paragraph: 1, exact: "Cooperation between these non-State actors across borders" },
    body: "Agreements between unions in origin and destination countries are among the few protections that travel with the worker. PSI can offer its agreements on health workers as examples.",
    tags: ["social dialogue"],
    replies: [
      { by: "head.tucp@workers.demo", at: "08-19 06:20", body: "TUCP is party to two such agreements and can present them at the roundtable." },
    ],
  },
  {
    key: "rt3-employers-in",
    theme: "RT3",
    by: "head.cgem@employers.demo",
    scope: "ALL",
    at: "08-23 09:05",
    quote: { paragraph: 1, exact: "with the full participation of employers’ and workers’ organizations" },
    body: "Moroccan employers want this sentence kept as written. Migration policy made without employers misreads labour demand; our sector federations can contribute data.",
    replies: [
      { by: "head.ma@gov.demo", at: "08-26 11:50", body: "The Government of Morocco welcomes the offer and will invite the confederation to the national preparatory meeting." },
    ],
  },
  {
    key: "rt3-keep-it-short",
    theme: "RT3",
    by: "head.it@gov.demo",
    scope: "GROUP",
    at: "09-04 13:40",
    body: "Italy suggests the government group keep its RT3 position short: coherence, social dialogue, and the ILO's role in the Global Migration Group. We should not propose new institutions.",
    replies: [
      { by: "head.gh@gov.demo", at: "09-05 08:25", body: "Ghana agrees on no new institutions, but would like the regional economic communities mentioned, with the ECOWAS free movement protocol as an example." },
      { by: "head.it@gov.demo", at: "09-06 07:30", body: "Fine with ECOWAS as an example." },
    ],
  },
  {
    key: "rt3-civil-society",
    theme: "RT3",
    by: "observer.iom@observers.demo",
    scope: "ALL",
    at: "09-10 10:15",
    quote: { paragraph: 1, exact: "build a bridge between governments, its employer and worker constituents and civil society organizations" },
    body: "IOM welcomes the emphasis on bridges with civil society and suggests the roundtable hear a short report from the civil society hearings held ahead of the Dialogue.",
  },
  {
    key: "rt3-labour-market-information",
    theme: "RT3",
    by: "head.ioe@employers.demo",
    scope: "ALL",
    at: "09-13 08:45",
    quote: { paragraph: 1, exact: "the ILO can facilitate access of labour ministries to such debates" },
    body: "Employers support this. Labour ministries hold the labour market information migration policy needs; employers' organizations should be recognised as a source of that information too, not only as participants.",
  },

  // ── RT4: international and regional labour mobility
  {
    key: "rt4-construction",
    theme: "RT4",
    by: "head.bwi@workers.demo",
    scope: "ALL",
    at: "08-08 12:30",
    quote: { paragraph: 1, exact: "particularly in those economic sectors (e.g. agriculture, domestic work, construction) involving higher risks to them" },
    body: "Construction deserves a sentence of its own. Migrant construction workers face some of the highest fatality rates in several destination countries; we ask that occupational safety and health be a priority of every labour mobility scheme.",
    tags: ["construction", "OSH"],
    replies: [
      { by: "head.coparmex@employers.demo", at: "08-12 09:55", body: "Employers share the concern. Our members ask for practical tools — training in the worker's own language, site induction — rather than new obligations." },
      { by: "head.bwi@workers.demo", at: "08-13 07:05", body: "Those tools are welcome and cost little; let us name them in the outcome." },
    ],
  },
  {
    key: "rt4-asean-portability",
    theme: "RT4",
    by: "head.id@gov.demo",
    scope: "ALL",
    at: "08-20 03:30",
    quote: { paragraph: 1, exact: "portability of social security rights is especially important" },
    body: "Indonesia supports this. Within ASEAN, portability is still mostly bilateral; the roundtable could encourage regional arrangements, as in the East African work the paper mentions.",
    tags: ["portability", "ASEAN"],
    replies: [
      { by: "head.ph@gov.demo", at: "08-21 02:45", body: "The Philippines agrees: a regional arrangement would be the natural next step after the 2007 ASEAN Declaration on migrant workers." },
    ],
  },
  {
    key: "rt4-joint-statement",
    theme: "RT4",
    by: "head.lk@gov.demo",
    scope: "GROUP",
    at: "08-27 05:50",
    quote: { paragraph: 1, exact: "such as Brazil, Bangladesh, the Philippines and Sri Lanka" },
    body: "Three of the countries named here are in our group. Proposal: Bangladesh, the Philippines and Sri Lanka give one joint statement on what the ILO's projects changed, rather than three national ones.",
    resolved: "09-11 06:00",
    replies: [
      { by: "delegate.ph@gov.demo", at: "08-28 07:35", body: "Good idea. I can coordinate on our side." },
      { by: "head.bd@gov.demo", at: "08-29 04:20", body: "Bangladesh agrees and will send its project results by 10 September." },
    ],
  },
  {
    key: "rt4-skills-recognition",
    theme: "RT4",
    by: "head.fncci@employers.demo",
    scope: "ALL",
    at: "09-02 04:10",
    quote: { paragraph: 1, exact: "skills recognition and development" },
    body: "Nepalese employers see skills recognition as the most useful mobility measure of all. Workers trained at home are hired abroad as unskilled, and both they and our economy lose.",
    tags: ["skills"],
    replies: [
      { by: "head.np@gov.demo", at: "09-03 05:00", body: "The Government of Nepal shares this view and is piloting skills testing with two destination countries." },
    ],
  },
  {
    key: "rt4-south-asia-forum",
    theme: "RT4",
    by: "head.cwc@workers.demo",
    scope: "GROUP",
    at: "09-09 06:15",
    quote: { paragraph: 1, exact: "enhance the capacity of social partners to influence migration policy" },
    body: "Workers' group: the ASEAN forum is a model we could ask to see in South Asia too. A proposal for our RT4 position.",
    replies: [
      { by: "head.tucp@workers.demo", at: "09-10 03:40", body: "Agreed, with the caution that the forum's recommendations bind no one: we should ask for follow-up mechanisms as well." },
    ],
  },
  {
    key: "rt4-eac-instrument",
    theme: "RT4",
    by: "adviser.lk@gov.demo",
    scope: "DELEGATION",
    at: "09-13 10:25",
    quote: { paragraph: 1, exact: "the ILO is supporting the development of a legal instrument to coordinate social security arrangements" },
    body: "Worth asking the Office for this draft: it could inform our own talks on social security agreements with two Gulf countries.",
  },

  // ── The technical meeting's themes: notes on the theme as a whole
  {
    key: "ttm1-take-stock",
    theme: "TTM-i",
    by: "head.ca@gov.demo",
    scope: "ALL",
    at: "09-02 14:00",
    body: "Canada suggests the technical meeting first take stock of the Dialogue's outcome before drafting conclusions on the post-2015 agenda. One month between New York and Geneva is short.",
    replies: [
      { by: "head.ioe@employers.demo", at: "09-03 09:35", body: "Employers agree; the Office's background report could open with a summary of the Dialogue's outcome." },
    ],
  },
  {
    key: "ttm1-workers-goal",
    theme: "TTM-i",
    by: "head.ituc@workers.demo",
    scope: "GROUP",
    at: "09-06 10:05",
    body: "Workers' group: our objective under this theme is a clear recommendation that decent work for migrant workers be part of the post-2015 goals. A draft will follow the Dialogue.",
  },
  {
    key: "ttm1-carry-forward",
    theme: "TTM-i",
    by: "delegate.lk@gov.demo",
    scope: "DELEGATION",
    at: "09-12 17:20",
    body: "Carry forward from RT1: portability and remittance costs. After New York, check what the chair's summary says on both.",
    tags: ["follow-up"],
  },
  {
    key: "ttm2-sector-by-sector",
    theme: "TTM-ii",
    by: "head.idwf@workers.demo",
    scope: "ALL",
    at: "08-30 11:45",
    body: "Low- and middle-skilled workers are where protection gaps are widest. The meeting should take domestic work, seasonal agriculture and construction one by one.",
    tags: ["domestic work"],
    replies: [
      { by: "head.it@gov.demo", at: "09-02 08:05", body: "Italy can present its experience with regularising domestic workers." },
      { by: "head.ecop@employers.demo", at: "09-03 06:50", body: "Employers ask that the meeting also look at skills: protection improves when workers can move into better-skilled jobs." },
    ],
  },
  {
    key: "ttm2-sponsorship",
    theme: "TTM-ii",
    by: "head.jo@gov.demo",
    scope: "GROUP",
    at: "09-09 09:20",
    body: "Jordan would like the government group to discuss sponsorship-based systems frankly. Reforms are under way in several countries, and we can share ours.",
    replies: [
      { by: "head.ph@gov.demo", at: "09-10 05:30", body: "Welcome. We would ask that changing employer be part of that discussion." },
    ],
  },
  {
    key: "ttm2-general-comment",
    theme: "TTM-ii",
    by: "delegate.ohchr@observers.demo",
    scope: "ALL",
    at: "09-11 13:55",
    body: "OHCHR encourages the meeting to refer to the Committee on Migrant Workers' general comment on migrant domestic workers.",
  },
  {
    key: "ttm3-needs-assessment",
    theme: "TTM-iii",
    by: "head.ioe@employers.demo",
    scope: "ALL",
    at: "09-04 12:10",
    body: "Employers will bring data on skills shortages from member federations, and propose a session on methods of assessing labour market needs with employers involved from the start.",
    tags: ["skills", "data"],
    replies: [
      { by: "head.gh@gov.demo", at: "09-05 07:40", body: "Ghana supports, and would add the skills lost when health workers emigrate." },
      { by: "head.ituc@workers.demo", at: "09-06 11:15", body: "Workers support needs assessment that is tripartite and transparent. Shortage lists must not become a way of holding wages down." },
    ],
  },
  {
    key: "ttm3-model-clauses",
    theme: "TTM-iii",
    by: "head.ma@gov.demo",
    scope: "GROUP",
    at: "09-10 08:50",
    body: "Morocco proposes that our group ask the Office for a short guide to skills recognition agreements, with model clauses.",
  },
  {
    key: "ttm4-social-dialogue-first",
    theme: "TTM-iv",
    by: "head.ituc@workers.demo",
    scope: "ALL",
    at: "09-05 15:25",
    body: "Social dialogue should be this theme's first word, not its last. Workers will propose a standing tripartite mechanism on labour migration within the ILO.",
    tags: ["social dialogue"],
    replies: [
      { by: "head.ioe@employers.demo", at: "09-06 08:55", body: "Employers are open to discussing how existing ILO bodies can do more; we are not convinced a new standing mechanism is needed." },
    ],
  },
  {
    key: "ttm4-south-south",
    theme: "TTM-iv",
    by: "head.ec@gov.demo",
    scope: "ALL",
    at: "09-09 14:30",
    body: "Ecuador would like the meeting to cover mobility between countries of the South in Latin America, where the regional residence agreements offer lessons.",
  },
  {
    key: "ttm4-colombo",
    theme: "TTM-iv",
    by: "head.lk@gov.demo",
    scope: "DELEGATION",
    at: "09-13 06:40",
    body: "This theme follows up RT3. Keep our RT3 line on the Colombo Process and add social dialogue.",
  },
];
