/**
 * Apple's rules for the release texts testers and customers read (What to Test, What's New):
 * no emoji and no `<` (Apple refuses the whole text), and at most 4000 bytes of UTF-8, counted
 * in bytes, not characters.
 */
export const appleTextMaxBytes = 4000;

/** Emoji as Apple refuses them: pictographs with their joiners, variation selectors and skin tones. */
const refusedPattern =
  /\p{Extended_Pictographic}(?:\u{FE0E}|\u{FE0F}|\p{Emoji_Modifier}|\u{200D}\p{Extended_Pictographic})*|\p{Regional_Indicator}{1,2}|\u{FE0F}|\u{20E3}|</gu;

export interface CleanedText {
  text: string;
  /** What was taken out, each distinct once, in the order met (for a warning). */
  removed: string[];
}

/** Takes out what Apple refuses in the text; the rest is kept as written. */
export function removeRefusedCharacters(text: string): CleanedText {
  const removed = new Set<string>();
  const cleaned = text.replace(refusedPattern, (match) => {
    removed.add(match);
    return '';
  });
  return {
    text: removed.size === 0 ? text : cleaned.replace(/[ \t]+$/gm, ''),
    removed: [...removed],
  };
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The text cut after its last whole line that fits in `maxBytes`; `cut` tells whether it was. */
export function cutAtLine(
  text: string,
  maxBytes = appleTextMaxBytes,
): { text: string; cut: boolean } {
  if (utf8Bytes(text) <= maxBytes) return { text, cut: false };
  const kept: string[] = [];
  let bytes = 0;
  for (const line of text.split('\n')) {
    const next = bytes + utf8Bytes(line) + (kept.length > 0 ? 1 : 0);
    if (next > maxBytes) break;
    kept.push(line);
    bytes = next;
  }
  return { text: kept.join('\n'), cut: true };
}

/** A warning naming what was removed from the text of `input`. */
export function describeRemoved(input: string, removed: string[]): string {
  const shown = removed.map((item) => (item === '<' ? "'<'" : item)).join(' ');
  return `${input}: removed what Apple refuses in the text (emoji and '<'): ${shown}`;
}
