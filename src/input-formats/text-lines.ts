/** A meaningful line of a text input, numbered from 1 as in the original text. */
export interface SourceLine {
  lineNumber: number;
  /** Without surrounding spaces; tabs are kept, as a leading tab means an empty first column. */
  text: string;
}

export function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** Lines that carry data: blank lines and lines starting with `#` are skipped; CRLF and a BOM are fine. */
export function contentLines(text: string): SourceLine[] {
  return stripBom(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ lineNumber: index + 1, text: line.replace(/^ +| +$/g, '') }))
    .filter(({ text }) => {
      const visible = text.trim();
      return visible !== '' && !visible.startsWith('#');
    });
}
