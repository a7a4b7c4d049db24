/** "a, b, c and 7 more": a list short enough for one log line or table cell. */
export function briefList(items: readonly string[], max = 5): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
