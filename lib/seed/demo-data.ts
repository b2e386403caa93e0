// Demo delegations and accounts. The technical meeting seated twelve government,
// twelve employer and twelve worker participants with observers; the demo mirrors
// that so the positions matrix and group views have realistic breadth.
import type { ConstituentGroup, UserRole } from "@/lib/generated/prisma/enums";

export const DEMO_PASSWORD = "demo-password-2013";

export const DEMO_DELEGATIONS: { name: string; group: ConstituentGroup }[] = [
  ...[
    "Sri Lanka", "the Philippines", "Mexico", "Morocco", "Italy", "Nepal",
    "Indonesia", "Ghana", "Ecuador", "Jordan", "Bangladesh", "Canada",
  ].map((country) => ({ name: `Government of ${country}`, group: "GOVERNMENT" as const })),
  ...[
    "International Organisation of Employers",
    "Employers' Federation of Ceylon",
    "Employers Confederation of the Philippines",
    "Confederation of Employers of the Republic of Mexico",
    "General Confederation of Moroccan Enterprises",
    "Federation of Nepalese Chambers of Commerce and Industry",
  ].map((name) => ({ name, group: "EMPLOYERS" as const })),
  ...[
    "International Trade Union Confederation",
    "Public Services International",
    "Building and Wood Workers' International",
    "International Domestic Workers Federation",
    "Trade Union Congress of the Philippines",
    "Ceylon Workers' Congress",
  ].map((name) => ({ name, group: "WORKERS" as const })),
  ...[
    "International Organization for Migration",
    "Office of the UN High Commissioner for Human Rights",
    "UN Department of Economic and Social Affairs",
    "Migrant Forum in Asia",
  ].map((name) => ({ name, group: "OBSERVER" as const })),
];

export type TDemoAccount = { email: string; name: string; role: UserRole; delegation: string | null };

export const DEMO_ACCOUNTS: TDemoAccount[] = [
  { email: "secretariat@ilo.demo", name: "Elena Moreau", role: "SECRETARIAT", delegation: null },
  { email: "head.lk@gov.demo", name: "Nimal Perera", role: "HEAD_OF_DELEGATION", delegation: "Government of Sri Lanka" },
  { email: "delegate.lk@gov.demo", name: "Anusha Fernando", role: "DELEGATE", delegation: "Government of Sri Lanka" },
  { email: "adviser.lk@gov.demo", name: "Ruwan de Silva", role: "ADVISER", delegation: "Government of Sri Lanka" },
  { email: "delegate.ph@gov.demo", name: "Maria Santos", role: "DELEGATE", delegation: "Government of the Philippines" },
  { email: "head.ioe@employers.demo", name: "Claire Dubois", role: "HEAD_OF_DELEGATION", delegation: "International Organisation of Employers" },
  { email: "head.ituc@workers.demo", name: "Samuel Okoro", role: "HEAD_OF_DELEGATION", delegation: "International Trade Union Confederation" },
  { email: "observer.iom@observers.demo", name: "Jonas Lindqvist", role: "DELEGATE", delegation: "International Organization for Migration" },
];
