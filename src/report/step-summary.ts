import * as core from '@actions/core';

export interface SummaryTable {
  header: string[];
  rows: string[][];
}

export interface SummarySection {
  heading?: string;
  lines?: string[];
  table?: SummaryTable;
}

/** The step summary of one run: a title and a few sections of text and tables. */
export interface StepSummary {
  title: string;
  sections: SummarySection[];
}

/** Cells are shown as text in the summary's HTML table, never as markup. */
function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Writes the summary to GITHUB_STEP_SUMMARY; does nothing where the runner gives no such file. */
export async function writeStepSummary(summary: StepSummary): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  core.summary.addHeading(escapeHtml(summary.title), 3);
  for (const section of summary.sections) {
    if (section.heading) core.summary.addHeading(escapeHtml(section.heading), 4);
    for (const line of section.lines ?? []) core.summary.addRaw(`<p>${escapeHtml(line)}</p>`, true);
    if (section.table) {
      const header = section.table.header.map((cell) => ({ data: escapeHtml(cell), header: true }));
      const rows = section.table.rows.map((row) => row.map((cell) => escapeHtml(cell)));
      core.summary.addTable([header, ...rows]);
    }
  }
  await core.summary.write();
}
