/**
 * A strict parser for XML property lists (`.deviceids`, Info.plist, the plist inside a
 * `.mobileprovision`): plist, dict, array, key, string, integer, real, true, false, date and data,
 * with the five XML entities and numeric character references. Anything else is reported as a
 * syntax error with its line.
 *
 * Values: dicts become Maps (keys keep their order), integers and reals numbers, `<data>` a Buffer,
 * and `<date>` stays its ISO 8601 text (`2030-01-01T00:00:00Z`, a fraction of a second allowed): the
 * callers pass the text on, and a Date would not give it back as written.
 */
export type PlistValue = string | number | boolean | Buffer | PlistValue[] | PlistDict;
export type PlistDict = Map<string, PlistValue>;

export class PlistSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`);
    this.name = 'PlistSyntaxError';
  }
}

interface Tag {
  kind: 'open' | 'close' | 'empty';
  name: string;
  start: number;
}

const namedEntities = new Map(
  Object.entries({
    amp: '&',
    lt: '<',
    gt: '>',
    quot: '"',
    apos: "'",
  }),
);

const specialReals = new Map([
  ['nan', NaN],
  ['inf', Infinity],
  ['+inf', Infinity],
  ['infinity', Infinity],
  ['+infinity', Infinity],
  ['-inf', -Infinity],
  ['-infinity', -Infinity],
]);

export function parsePlist(xml: string): PlistValue {
  return new PlistReader(xml).readDocument();
}

class PlistReader {
  private index = 0;

  constructor(private readonly text: string) {
    if (text.startsWith('\uFEFF')) this.index = 1;
  }

  readDocument(): PlistValue {
    this.skipMarkup();
    const root = this.readTag();
    if (root.kind !== 'open' || root.name !== 'plist') {
      this.fail(`expected <plist> but found ${describeTag(root)}`, root.start);
    }
    this.skipMarkup();
    const value = this.readValue(this.readTag());
    this.skipMarkup();
    this.expectClose('plist');
    this.skipMarkup();
    if (this.index < this.text.length) this.fail('unexpected content after </plist>');
    return value;
  }

  private readValue(tag: Tag): PlistValue {
    if (tag.kind === 'close')
      this.fail(`expected a value but found ${describeTag(tag)}`, tag.start);
    const empty = tag.kind === 'empty';
    switch (tag.name) {
      case 'string':
        return empty ? '' : this.readText('string');
      case 'integer':
        return this.readInteger(tag);
      case 'real':
        return this.readReal(tag);
      case 'date':
        return this.readDate(tag);
      case 'data':
        return this.readData(tag);
      case 'true':
      case 'false':
        if (!empty) this.expectClose(tag.name);
        return tag.name === 'true';
      case 'array':
        return empty ? [] : this.readArray();
      case 'dict':
        return empty ? new Map() : this.readDict();
      default:
        return this.fail(`unsupported element <${tag.name}>`, tag.start);
    }
  }

  private readInteger(tag: Tag): number {
    const text = tag.kind === 'empty' ? '' : this.readText('integer').trim();
    if (!/^[+-]?\d+$/.test(text)) this.fail(`'${text}' is not an integer`, tag.start);
    return Number(text);
  }

  private readReal(tag: Tag): number {
    const text = tag.kind === 'empty' ? '' : this.readText('real').trim();
    const special = specialReals.get(text.toLowerCase());
    if (special !== undefined) return special;
    if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
      this.fail(`'${text}' is not a real number`, tag.start);
    }
    return Number(text);
  }

  private readDate(tag: Tag): string {
    const text = tag.kind === 'empty' ? '' : this.readText('date').trim();
    const time = Date.parse(text);
    // The round trip refuses what Date.parse would roll over, such as February 30.
    const valid =
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/.test(text) &&
      !Number.isNaN(time) &&
      new Date(time).toISOString().slice(0, 19) === text.slice(0, 19);
    if (!valid) this.fail(`'${text}' is not a date such as 2030-01-31T12:00:00Z`, tag.start);
    return text;
  }

  private readData(tag: Tag): Buffer {
    const text = tag.kind === 'empty' ? '' : this.readText('data').replace(/\s+/g, '');
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) {
      this.fail('<data> is not valid base64', tag.start);
    }
    return Buffer.from(text, 'base64');
  }

  private readArray(): PlistValue[] {
    const items: PlistValue[] = [];
    for (;;) {
      this.skipMarkup();
      const tag = this.readTag();
      if (tag.kind === 'close') {
        if (tag.name !== 'array')
          this.fail(`expected </array> but found ${describeTag(tag)}`, tag.start);
        return items;
      }
      items.push(this.readValue(tag));
    }
  }

  private readDict(): PlistDict {
    const dict: PlistDict = new Map();
    for (;;) {
      this.skipMarkup();
      const tag = this.readTag();
      if (tag.kind === 'close' && tag.name === 'dict') return dict;
      if (tag.name !== 'key' || tag.kind === 'close') {
        this.fail(`expected <key> or </dict> but found ${describeTag(tag)}`, tag.start);
      }
      const key = tag.kind === 'empty' ? '' : this.readText('key');
      if (dict.has(key)) this.fail(`key '${key}' appears twice in a dict`, tag.start);
      this.skipMarkup();
      dict.set(key, this.readValue(this.readTag()));
    }
  }

  /** Character data up to the closing tag, with entities decoded. */
  private readText(element: string): string {
    const start = this.index;
    const end = this.text.indexOf('<', start);
    if (end === -1) this.fail(`<${element}> is not closed`, start);
    const value = this.decodeEntities(this.text.slice(start, end), start);
    this.index = end;
    this.expectClose(element);
    return value;
  }

  private decodeEntities(raw: string, offset: number): string {
    return raw.replace(/&([^;&\s<]*);?/g, (match, name: string, at: number) => {
      const position = offset + at;
      if (!match.endsWith(';')) this.fail(`'&' must start an entity such as &amp;`, position);
      const numeric = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(name);
      if (numeric) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
        const valid =
          code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0x10ffff);
        if (!valid || (code >= 0xd800 && code <= 0xdfff)) {
          this.fail(`&${name}; is not a valid character`, position);
        }
        return String.fromCodePoint(code);
      }
      const named = namedEntities.get(name);
      if (named === undefined) this.fail(`unknown entity &${name};`, position);
      return named;
    });
  }

  private expectClose(name: string): void {
    const tag = this.readTag();
    if (tag.kind !== 'close' || tag.name !== name) {
      this.fail(`expected </${name}> but found ${describeTag(tag)}`, tag.start);
    }
  }

  private readTag(): Tag {
    const start = this.index;
    if (this.index >= this.text.length) this.fail('unexpected end of document', start);
    if (this.text[start] !== '<') {
      this.fail(`expected a tag but found text '${this.text.slice(start, start + 20).trim()}'`);
    }
    const end = this.text.indexOf('>', start);
    if (end === -1) this.fail('a tag is not closed with >', start);
    const inner = this.text.slice(start + 1, end);
    this.index = end + 1;
    const match = /^(\/?)([A-Za-z][\w.-]*)(\s+[^<>]*?)?\s*(\/?)$/.exec(inner);
    if (!match) this.fail(`malformed tag <${inner}>`, start);
    const [, slash, name = '', attributes, selfClosing] = match;
    if (slash && (selfClosing || attributes)) this.fail(`malformed tag <${inner}>`, start);
    const kind = slash ? 'close' : selfClosing ? 'empty' : 'open';
    return { kind, name, start };
  }

  /** Skips whitespace, the XML declaration, the DOCTYPE and comments. */
  private skipMarkup(): void {
    for (;;) {
      while (/\s/.test(this.text[this.index] ?? '')) this.index++;
      if (this.text.startsWith('<?', this.index)) this.skipPast('?>');
      else if (this.text.startsWith('<!--', this.index)) this.skipPast('-->');
      else if (this.text.startsWith('<!DOCTYPE', this.index)) this.skipPast('>');
      else if (this.text.startsWith('<!', this.index)) this.fail('unsupported markup <!');
      else return;
    }
  }

  private skipPast(terminator: string): void {
    const end = this.text.indexOf(terminator, this.index);
    if (end === -1) this.fail(`'${terminator}' is missing`);
    this.index = end + terminator.length;
  }

  private fail(problem: string, at = this.index): never {
    const line = this.text.slice(0, at).split('\n').length;
    throw new PlistSyntaxError(line, problem);
  }
}

function describeTag(tag: Tag): string {
  return tag.kind === 'close'
    ? `</${tag.name}>`
    : tag.kind === 'empty'
      ? `<${tag.name}/>`
      : `<${tag.name}>`;
}
