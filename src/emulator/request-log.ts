export interface RecordedRequest {
  method: string;
  path: string;
  /** The raw query string without the leading `?` ('' when none). */
  query: string;
  /** The HTTP status answered; 0 when the connection was dropped without an answer. */
  status: number;
  /** The parsed JSON request body, when there was one. */
  body?: unknown;
  /** The kid of the request's token, when it had one. */
  keyId?: string;
  /** Apple's error code and detail, when the answer was an error. */
  error?: string;
  /** The injected fault, when one was injected. */
  fault?: string;
  /** When the request arrived (ms, emulator clock). */
  at: number;
  durationMs: number;
}
