/** Renders the step summary's HTML (headings, paragraphs, tables) as plain text for a terminal. */
export function summaryAsText(html: string): string {
  return html
    .replace(/<h\d>(.*?)<\/h\d>/g, '\n## $1\n')
    .replace(/<p>(.*?)<\/p>/g, '$1\n')
    .replace(/<tr>/g, '| ')
    .replace(/<\/t[hd]>/g, ' | ')
    .replace(/<\/tr>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
