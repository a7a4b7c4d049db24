/**
 * A cell of a summary table: text, or text with a link (an `https` address only: anything else is
 * shown as text), a tooltip (`title`, e.g. Apple's raw state name behind a readable one) and an
 * alignment (numbers are right-aligned).
 */
export type SummaryCell =
  string | { text: string; href?: string; title?: string; align?: 'left' | 'right' };

export interface SummaryTable {
  header: string[];
  rows: SummaryCell[][];
  /** Per column; a column of numbers is `'right'`. */
  align?: ('left' | 'right' | undefined)[];
  /** Last rows set apart (header cells, so bold): the totals of the columns above. */
  footer?: SummaryCell[][];
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

/** A link cell: only an absolute https address is a link, so a summary never links elsewhere. */
export function linkCell(text: string, href: string | null | undefined): SummaryCell {
  return href && isSafeHref(href) ? { text, href } : text;
}

function isSafeHref(href: string): boolean {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Apple's state names as a person reads them: `READY_FOR_BETA_TESTING` → "Ready for beta testing".
 */
export function readableState(raw: string): string {
  const words = raw
    .toLowerCase()
    .replace(/(^|_)(mac|tv|watch|vision)_os(?=_|$)/g, '$1$2os')
    .split('_')
    .filter(Boolean);
  const text = words.map((word) => properWords[word] ?? word).join(' ');
  return properWords[words[0] ?? ''] ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Words in Apple's enums that keep their own spelling: `IOS_DEVELOPMENT` → "iOS development". */
const properWords: Record<string, string> = {
  ios: 'iOS',
  macos: 'macOS',
  tvos: 'tvOS',
  watchos: 'watchOS',
  visionos: 'visionOS',
  mac: 'Mac',
  ipad: 'iPad',
  iphone: 'iPhone',
  ipod: 'iPod',
  udid: 'UDID',
  id: 'ID',
};

/** A state cell: readable, with Apple's raw name as its tooltip (and in `result`) to search for. */
export function stateCell(raw: string | null | undefined, none = '—'): SummaryCell {
  if (!raw) return none;
  return /^[A-Z][A-Z0-9_]*$/.test(raw) ? { text: readableState(raw), title: raw } : raw;
}

/** A number, right-aligned. */
export function numberCell(value: number, text = String(value)): SummaryCell {
  return { text, align: 'right' };
}

function renderCell(cell: SummaryCell, tag: 'th' | 'td', columnAlign?: 'left' | 'right'): string {
  const { text, href, title, align } =
    typeof cell === 'string'
      ? { text: cell, href: undefined, title: undefined, align: undefined }
      : cell;
  const attributes = [
    (align ?? columnAlign) === 'right' ? ' align="right"' : '',
    title ? ` title="${escapeHtml(title)}"` : '',
  ].join('');
  const shown = text === '' ? '—' : escapeHtml(text);
  const content = href && isSafeHref(href) ? `<a href="${escapeHtml(href)}">${shown}</a>` : shown;
  return `<${tag}${attributes}>${content}</${tag}>`;
}

function renderTable(table: SummaryTable): string {
  const row = (cells: SummaryCell[], tag: 'th' | 'td') =>
    `<tr>${cells.map((cell, index) => renderCell(cell, tag, table.align?.[index])).join('')}</tr>`;
  const header = table.header.some((cell) => cell !== '')
    ? [`<thead>${row(table.header, 'th')}</thead>`]
    : [];
  const body = `<tbody>${table.rows.map((cells) => row(cells, 'td')).join('')}</tbody>`;
  const footer =
    table.footer && table.footer.length > 0
      ? [`<tfoot>${table.footer.map((cells) => row(cells, 'th')).join('')}</tfoot>`]
      : [];
  return `<table>${[...header, body, ...footer].join('')}</table>`;
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
