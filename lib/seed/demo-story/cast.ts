// The people of the demo's story besides the accounts the README lists
// (lib/seed/demo-data.ts): a head for most delegations, so that notes, replies and
// stances come from across the groups, as in a real preparation. They sign in with
// the demo password like every demo account; their addresses follow the same pattern.
import type { UserRole } from "@/lib/generated/prisma/enums";

export type TStoryPerson = { email: string; name: string; role: UserRole; delegation: string };

const head = (email: string, name: string, delegation: string): TStoryPerson => ({ email, name, role: "HEAD_OF_DELEGATION", delegation });
const delegate = (email: string, name: string, delegation: string): TStoryPerson => ({ email, name, role: "DELEGATE", delegation });

export const STORY_PEOPLE: TStoryPerson[] = [
  head("head.ph@gov.demo", "Ramon Villanueva", "Government of the Philippines"),
  head("head.mx@gov.demo", "Lucía Hernández", "Government of Mexico"),
  head("head.ma@gov.demo", "Youssef El Amrani", "Government of Morocco"),
  head("head.it@gov.demo", "Giulia Conti", "Government of Italy"),
  head("head.np@gov.demo", "Sushila Thapa", "Government of Nepal"),
  head("head.id@gov.demo", "Dewi Kartika", "Government of Indonesia"),
  head("head.gh@gov.demo", "Kofi Asante", "Government of Ghana"),
  head("head.ec@gov.demo", "Andrés Paredes", "Government of Ecuador"),
  head("head.jo@gov.demo", "Rania Haddad", "Government of Jordan"),
  head("head.bd@gov.demo", "Farhana Rahman", "Government of Bangladesh"),
  head("head.ca@gov.demo", "Margaret Collins", "Government of Canada"),
  delegate("delegate.ioe@employers.demo", "Thomas Weber", "International Organisation of Employers"),
  head("head.efc@employers.demo", "Dilani Jayawardena", "Employers' Federation of Ceylon"),
  head("head.ecop@employers.demo", "Antonio Reyes", "Employers Confederation of the Philippines"),
  head("head.coparmex@employers.demo", "Javier Morales", "Confederation of Employers of the Republic of Mexico"),
  head("head.cgem@employers.demo", "Nadia Bennani", "General Confederation of Moroccan Enterprises"),
  head("head.fncci@employers.demo", "Bikash Shrestha", "Federation of Nepalese Chambers of Commerce and Industry"),
  delegate("delegate.ituc@workers.demo", "Hélène Martin", "International Trade Union Confederation"),
  head("head.psi@workers.demo", "Ingrid Halvorsen", "Public Services International"),
  head("head.bwi@workers.demo", "Marco Bianchi", "Building and Wood Workers' International"),
  head("head.idwf@workers.demo", "Grace Mwangi", "International Domestic Workers Federation"),
  head("head.tucp@workers.demo", "Jose Dizon", "Trade Union Congress of the Philippines"),
  head("head.cwc@workers.demo", "Selvaraj Murugan", "Ceylon Workers' Congress"),
  delegate("delegate.mfa@observers.demo", "Lorna Aquino", "Migrant Forum in Asia"),
  delegate("delegate.ohchr@observers.demo", "Amélie Girard", "Office of the UN High Commissioner for Human Rights"),
];
