export type CsvLineResult = { ok: true; fields: string[] } | { ok: false; problem: string };

/**
 * Splits one CSV line into trimmed fields. A field that starts with `"` is quoted: it may hold
 * commas, and `""` stands for one quote. Quoted fields cannot span lines (tester lists never need it).
 */
export function splitCsvLine(line: string): CsvLineResult {
  const fields: string[] = [];
  let index = 0;
  for (;;) {
    while (line[index] === ' ' || line[index] === '\t') index++;
    let field: string;
    if (line[index] === '"') {
      const closed = readQuoted(line, index + 1);
      if (closed === undefined)
        return { ok: false, problem: 'a quoted field has no closing quote' };
      field = closed.value;
      index = closed.end;
      while (line[index] === ' ' || line[index] === '\t') index++;
      if (index < line.length && line[index] !== ',') {
        return { ok: false, problem: 'unexpected text after a closing quote' };
      }
    } else {
      const comma = line.indexOf(',', index);
      const end = comma === -1 ? line.length : comma;
      field = line.slice(index, end).trim();
      index = end;
    }
    fields.push(field);
    if (index >= line.length) return { ok: true, fields };
    index++; // the comma
  }
}

function readQuoted(line: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  let index = start;
  while (index < line.length) {
    const char = line[index];
    if (char === '"') {
      if (line[index + 1] === '"') {
        value += '"';
        index += 2;
        continue;
      }
      return { value, end: index + 1 };
    }
    value += char;
    index++;
  }
  return undefined;
}
