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

function renderTable(table: SummaryTable): string {
  const row = (cells: string[], tag: 'th' | 'td') =>
    `<tr>${cells.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
  const header = table.header.some((cell) => cell !== '') ? [row(table.header, 'th')] : [];
  return `<table>${[...header, ...table.rows.map((cells) => row(cells, 'td'))].join('')}</table>`;
}

/** The summary as the HTML that goes into GITHUB_STEP_SUMMARY (GitHub renders it as Markdown). */
export function renderStepSummary(summary: StepSummary): string {
  const parts = [`<h3>${escapeHtml(summary.title)}</h3>`];
  for (const section of summary.sections) {
    if (section.heading) parts.push(`<h4>${escapeHtml(section.heading)}</h4>`);
    for (const line of section.lines ?? []) parts.push(`<p>${escapeHtml(line)}</p>`);
    if (section.table) parts.push(renderTable(section.table));
  }
  return parts.join('\n') + '\n';
}
