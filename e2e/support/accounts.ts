// The demo accounts the README lists (seeded by `npm run db:seed -- --demo`).
export const DEMO_PASSWORD = "demo-password-2013";

export const ACCOUNTS = {
  secretariat: { email: "secretariat@ilo.demo", person: "Elena Moreau", delegation: null, group: null },
  headLk: { email: "head.lk@gov.demo", person: "Nimal Perera", delegation: "Government of Sri Lanka", group: "Governments" },
  delegateLk: { email: "delegate.lk@gov.demo", person: "Anusha Fernando", delegation: "Government of Sri Lanka", group: "Governments" },
  adviserLk: { email: "adviser.lk@gov.demo", person: "Ruwan de Silva", delegation: "Government of Sri Lanka", group: "Governments" },
  delegatePh: { email: "delegate.ph@gov.demo", person: "Maria Santos", delegation: "Government of the Philippines", group: "Governments" },
  headIoe: { email: "head.ioe@employers.demo", person: "Claire Dubois", delegation: "International Organisation of Employers", group: "Employers" },
  headItuc: { email: "head.ituc@workers.demo", person: "Samuel Okoro", delegation: "International Trade Union Confederation", group: "Workers" },
  observerIom: { email: "observer.iom@observers.demo", person: "Jonas Lindqvist", delegation: "International Organization for Migration", group: "Observers" },
} as const;

export type TAccount = (typeof ACCOUNTS)[keyof typeof ACCOUNTS];
