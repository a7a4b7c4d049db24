/** This machine's own addresses: traffic to them never crosses a network. */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Whether a request may go to `url`: https always; plain http only to this machine or to the host
 * of a plain-http API base the user chose (an emulator).
 */
export function isTransportAllowed(url: URL, plainHttpHost?: string): boolean {
  if (url.protocol === 'https:') return true;
  return (
    url.protocol === 'http:' && (isLoopbackHost(url.hostname) || url.hostname === plainHttpHost)
  );
}
