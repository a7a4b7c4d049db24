const maxEmailLength = 254;

/**
 * Pragmatic email check: one `@`, a non-empty local part, a domain with a dot and no empty labels,
 * no spaces, at most 254 characters. Characters that only appear in quoted local parts (and in
 * list punctuation) are refused, which catches "Name <email>" and list-splitting mistakes.
 */
export function isEmail(text: string): boolean {
  if (text.length > maxEmailLength || /[\s<>,;"()[\]\\]/.test(text)) return false;
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  return /^[^.]+(\.[^.]+)+$/.test(text.slice(at + 1));
}
