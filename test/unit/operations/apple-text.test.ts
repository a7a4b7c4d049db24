import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/input-error.js';
import {
  cutAtLine,
  removeRefusedCharacters,
  utf8Bytes,
} from '../../../src/operations/shared/apple-text.js';
import { checkAppleText } from '../../../src/operations/shared/whats-new.js';

describe("Apple's rules for release texts", () => {
  it('removes emoji (with joiners, skin tones, flags) and <, naming each once', () => {
    const { text, removed } = removeRefusedCharacters(
      'Fixed 🐛 bugs 🐛\nNew: 👩‍💻 mode 👍🏽 for 🇩🇪 <b>\nPlain ✓ stays',
    );
    expect(text).toBe('Fixed  bugs\nNew:  mode  for  b>\nPlain ✓ stays');
    expect(removed).toEqual(['🐛', '👩‍💻', '👍🏽', '🇩🇪', '<']);
  });

  it('leaves text with nothing refused untouched', () => {
    expect(removeRefusedCharacters('Crash fix — Größe & “quotes” > 2')).toEqual({
      text: 'Crash fix — Größe & “quotes” > 2',
      removed: [],
    });
  });

  it('counts bytes, not characters, and refuses past 4000 by name', () => {
    const umlauts = 'ä'.repeat(2001); // 2001 characters, 4002 bytes
    expect(utf8Bytes(umlauts)).toBe(4002);
    expect(() => checkAppleText('whats-new', umlauts, 'en-US')).toThrow(InputError);
    expect(() => checkAppleText('whats-new', umlauts, 'en-US')).toThrow(
      /^Input 'whats-new' is invalid: the text is 4002 bytes long in UTF-8; Apple allows at most 4000 bytes/,
    );
    expect(checkAppleText('whats-new', 'ä'.repeat(2000), 'en-US').text).toHaveLength(2000);
  });

  it('warns naming what it removed', () => {
    const checked = checkAppleText('whats-new', 'Ship it 🚀 <now>', 'en-US');
    expect(checked.text).toBe('Ship it  now>');
    expect(checked.warnings).toEqual([expect.stringMatching(/^whats-new: removed .*🚀 '<'/)]);
  });

  it('cuts at a whole line within the byte limit', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `- change ${i} ${'x'.repeat(40)}`);
    const { text, cut } = cutAtLine(lines.join('\n'), 500);
    expect(cut).toBe(true);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(500);
    expect(text.split('\n').every((line) => lines.includes(line))).toBe(true);
    expect(cutAtLine('short', 500)).toEqual({ text: 'short', cut: false });
  });
});
