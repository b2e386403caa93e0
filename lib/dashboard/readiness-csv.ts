// The secretariat's readiness figures as CSV rows (the dashboard's "Download the
// figures"): one row per figure, with the section, meeting, theme and group it
// belongs to, so a spreadsheet can pivot them. Counts and statuses only, like the page.
import type { TReadiness } from "@/lib/dal/dashboard-readiness";
import type { Translator } from "@/lib/i18n/translator";
import { POSITION_GROUPS } from "@/lib/positions/status";
import { CSV_BOM, csvRow, type TCsvValue } from "@/lib/csv";

export function readinessCsv(readiness: TReadiness, t: Translator): string {
  const k = (key: Parameters<Translator["t"]>[0], vars?: Record<string, string | number>) => t.t(key, vars);
  const rows: TCsvValue[][] = [];
  const activity = k("dashboard.readiness.activityHeading");
  for (const g of readiness.groups) {
    rows.push([activity, "", "", k(`groups.${g.group}`), k("dashboard.csv.delegations"), g.delegations]);
    rows.push([activity, "", "", k(`groups.${g.group}`), k("dashboard.csv.activeDelegations", { days: readiness.windowDays }), g.active]);
  }
  for (const m of readiness.meetings) {
    for (const theme of m.themes) {
      for (const g of POSITION_GROUPS) {
        rows.push([k("dashboard.readiness.positionsHeading"), m.title, theme.code, k(`groups.${g}`), k("dashboard.csv.positionStatus"), k(`positions.status.${theme.positions[g]}`)]);
        rows.push([k("dashboard.readiness.stancesHeading"), m.title, theme.code, k(`groups.${g}`), k("dashboard.csv.stancesRecorded"), theme.stances[g]]);
      }
      rows.push([k("dashboard.readiness.notesHeading"), m.title, theme.code, "", k("dashboard.csv.publicNotes"), theme.publicNotes]);
    }
  }
  const header = [k("dashboard.csv.section"), k("dashboard.csv.meeting"), k("dashboard.csv.theme"), k("dashboard.csv.group"), k("dashboard.csv.figure"), k("dashboard.csv.value")];
  return CSV_BOM + csvRow(header) + rows.map(csvRow).join("");
}
