import { describe, expect, it } from 'vitest';
import { parsePlist, PlistSyntaxError } from '../../../src/input-formats/plist.js';

const wrap = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "x">\n<plist version="1.0">\n${body}\n</plist>\n`;

function syntaxError(xml: string): PlistSyntaxError {
  try {
    parsePlist(xml);
  } catch (error) {
    if (error instanceof PlistSyntaxError) return error;
    throw error;
  }
  throw new Error('expected a PlistSyntaxError');
}

describe('parsePlist', () => {
  it('reads dicts, arrays, strings, integers and booleans, skipping comments', () => {
    const value = parsePlist(
      '\uFEFF' +
        wrap(`<dict>
  <!-- a comment -->
  <key>name</key><string> spaced &amp; &#x41;&#66; </string>
  <key>count</key><integer>-42</integer>
  <key>on</key><true/>
  <key>off</key><false></false>
  <key>empty</key><string/>
  <key>list</key><array><string>a</string><dict/><array/></array>
</dict>`),
    );
    expect(value).toEqual(
      new Map<string, unknown>([
        ['name', ' spaced & AB '],
        ['count', -42],
        ['on', true],
        ['off', false],
        ['empty', ''],
        ['list', ['a', new Map(), []]],
      ]),
    );
  });

  it('reads reals as numbers, dates as their ISO text and data as bytes', () => {
    const value = parsePlist(
      wrap(`<dict>
  <key>scale</key><real>2.5</real>
  <key>negative</key><real>-0.125</real>
  <key>exponent</key><real> 1.5E3 </real>
  <key>whole</key><real>3</real>
  <key>leading dot</key><real>.5</real>
  <key>infinite</key><real>-infinity</real>
  <key>created</key><date>2030-01-31T12:34:56Z</date>
  <key>leap day</key><date>2028-02-29T00:00:00Z</date>
  <key>precise</key><date>2030-01-31T12:34:56.789Z</date>
  <key>certificate</key><data>
    AAEC
    //7+
  </data>
  <key>padded</key><data>aGk=</data>
</dict>`),
    );
    expect(value).toEqual(
      new Map<string, unknown>([
        ['scale', 2.5],
        ['negative', -0.125],
        ['exponent', 1500],
        ['whole', 3],
        ['leading dot', 0.5],
        ['infinite', -Infinity],
        ['created', '2030-01-31T12:34:56Z'],
        ['leap day', '2028-02-29T00:00:00Z'],
        ['precise', '2030-01-31T12:34:56.789Z'],
        ['certificate', Buffer.from([0, 1, 2, 0xff, 0xfe, 0xfe])],
        ['padded', Buffer.from('hi')],
      ]),
    );
    expect((value as Map<string, unknown>).get('certificate')).toBeInstanceOf(Buffer);
    expect(parsePlist('<plist><real>nan</real></plist>')).toBeNaN();
  });

  it('reads the empty forms of every container and of data', () => {
    expect(
      parsePlist(
        wrap(
          '<array><string/><string></string><dict/><dict></dict><array/><array></array><data/><data></data></array>',
        ),
      ),
    ).toEqual(['', '', new Map(), new Map(), [], [], Buffer.alloc(0), Buffer.alloc(0)]);
    expect(parsePlist('<plist><dict><key/><dict/></dict></plist>')).toEqual(
      new Map([['', new Map()]]),
    );
  });

  it('keeps comments between values of every kind', () => {
    expect(
      parsePlist(
        '<plist><!-- before --><array><!-- a --><real>1</real><!-- b --><date>2030-01-01T00:00:00Z</date><!-- c --><data>AA==</data></array></plist>',
      ),
    ).toEqual([1, '2030-01-01T00:00:00Z', Buffer.from([0])]);
  });

  it('decodes all five named entities', () => {
    expect(parsePlist('<plist><string>&lt;&gt;&amp;&quot;&apos;</string></plist>')).toBe(`<>&"'`);
  });

  it.each([
    ['<plist><string>a</key></plist>', 1, 'expected </string> but found </key>'],
    [
      '<plist>\n<dict>\n<string>x</string>\n</dict></plist>',
      3,
      'expected <key> or </dict> but found <string>',
    ],
    ['<plist><dict><key>a</key></dict></plist>', 1, 'expected a value but found </dict>'],
    [
      '<plist><dict><key>a</key><true/><key>a</key><false/></dict></plist>',
      1,
      "key 'a' appears twice in a dict",
    ],
    ['<plist><uid>1</uid></plist>', 1, 'unsupported element <uid>'],
    ['<plist>\n<real>1,5</real></plist>', 2, "'1,5' is not a real number"],
    ['<plist><real/></plist>', 1, "'' is not a real number"],
    ['<plist><real>1e</real></plist>', 1, "'1e' is not a real number"],
    [
      '<plist><date>2030-01-01</date></plist>',
      1,
      "'2030-01-01' is not a date such as 2030-01-31T12:00:00Z",
    ],
    [
      '<plist><date>2030-02-30T00:00:00Z</date></plist>',
      1,
      "'2030-02-30T00:00:00Z' is not a date such as 2030-01-31T12:00:00Z",
    ],
    [
      '<plist><date>2030-01-01T00:00:00+01:00</date></plist>',
      1,
      "'2030-01-01T00:00:00+01:00' is not a date such as 2030-01-31T12:00:00Z",
    ],
    [
      '<plist><date>2030-13-01T00:00:00Z</date></plist>',
      1,
      "'2030-13-01T00:00:00Z' is not a date such as 2030-01-31T12:00:00Z",
    ],
    ['<plist>\n\n<data>AAE*</data></plist>', 3, '<data> is not valid base64'],
    ['<plist><data>AAE</data></plist>', 1, '<data> is not valid base64'],
    ['<plist><data>AAECAw==</date></plist>', 1, 'expected </data> but found </date>'],
    ['<plist><integer>1.5</integer></plist>', 1, "'1.5' is not an integer"],
    ['<plist><string>&bogus;</string></plist>', 1, 'unknown entity &bogus;'],
    ['<plist><string>&#0;</string></plist>', 1, '&#0; is not a valid character'],
    ['<plist><string>&#xD800;</string></plist>', 1, '&#xD800; is not a valid character'],
    ['<plist><string>a & b</string></plist>', 1, "'&' must start an entity such as &amp;"],
    ['<plist><string>open', 1, '<string> is not closed'],
    ['<plist><string>a</string>', 1, 'unexpected end of document'],
    ['<plist><string>a</string></plist>\n<plist/>', 2, 'unexpected content after </plist>'],
    ['<plist>text</plist>', 1, "expected a tag but found text 'text</plist>'"],
    ['<plist><string a</string></plist>', 1, 'malformed tag <string a</string>'],
    ['<plist><![CDATA[x]]></plist>', 1, 'unsupported markup <!'],
    ['<plist><!-- never closed </plist>', 1, "'-->' is missing"],
    ['<dict></dict>', 1, 'expected <plist> but found <dict>'],
    ['', 1, 'unexpected end of document'],
  ])('refuses %j at line %i: %s', (xml, line, problem) => {
    const error = syntaxError(xml);
    expect(error.line).toBe(line);
    expect(error.problem).toBe(problem);
    expect(error.message).toBe(`line ${line}: ${problem}`);
  });
});
