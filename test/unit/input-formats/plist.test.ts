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
    ['<plist><real>1.5</real></plist>', 1, 'unsupported element <real>'],
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
