// Where each delegation stood on each theme on the workspace date, one letter per
// theme in agenda order (RT1 RT2 RT3 RT4 TTM-i TTM-ii TTM-iii TTM-iv): S support,
// A support with amendments, O oppose, U undecided, "." not recorded yet. Most
// delegations have recorded their stances on the roundtables; few have on the
// technical meeting, a month further off. Written for this project.
import type { StanceValue } from "@/lib/generated/prisma/enums";

export const STANCE_THEMES = ["RT1", "RT2", "RT3", "RT4", "TTM-i", "TTM-ii", "TTM-iii", "TTM-iv"] as const;

export const STANCE_LETTERS: Record<string, StanceValue> = { S: "SUPPORT", A: "SUPPORT_WITH_AMENDMENTS", O: "OPPOSE", U: "UNDECIDED" };

export const STORY_STANCES: Record<string, string> = {
  "Government of Sri Lanka": "AS.S....",
  "Government of the Philippines": "SSAS.A..",
  "Government of Mexico": "AAS.....",
  "Government of Morocco": "SSA.U...",
  "Government of Italy": "A.S.....",
  "Government of Nepal": "SSSA....",
  "Government of Indonesia": "S.AS....",
  "Government of Ghana": "SA.S....",
  "Government of Ecuador": "U.SS....",
  "Government of Jordan": "AO.U....",
  "Government of Bangladesh": "SSAS....",
  "Government of Canada": "AAA.....",
  "International Organisation of Employers": "SAUA..S.",
  "Employers' Federation of Ceylon": "SA.A....",
  "Employers Confederation of the Philippines": "SAAS....",
  "Confederation of Employers of the Republic of Mexico": "SO.A....",
  "General Confederation of Moroccan Enterprises": "S.SA....",
  "Federation of Nepalese Chambers of Commerce and Industry": "SU.S..S.",
  "International Trade Union Confederation": "AS.A.S.S",
  "Public Services International": "AS.S....",
  "Building and Wood Workers' International": "A.SS....",
  "International Domestic Workers Federation": "SS.A.S..",
  "Trade Union Congress of the Philippines": "ASSS....",
  "Ceylon Workers' Congress": "A..S....",
};

/** The few stances recorded with a note, by "delegation|theme". */
export const STANCE_NOTES: Record<string, string> = {
  "Government of Sri Lanka|RT1": "Subject to the wording on remittance costs.",
  "Government of Jordan|RT2": "Cannot accept targets for ratification in the outcome.",
  "Government of Canada|RT1": "Indicators to be left to the statistical community.",
  "Confederation of Employers of the Republic of Mexico|RT2": "Opposes a call for a new forced labour instrument.",
  "International Organisation of Employers|RT3": "Waiting for the members' consultation.",
  "International Trade Union Confederation|RT1": "Equal treatment must be explicit.",
  "Federation of Nepalese Chambers of Commerce and Industry|RT2": "Consulting member chambers.",
};
