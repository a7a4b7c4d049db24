import { randomUUID } from 'node:crypto';

/** One item of Apple's `ErrorResponse.errors` array, as App Store Connect sends it. */
export interface AppleError {
  id: string;
  status: string;
  code: string;
  title: string;
  detail: string;
  source?: { pointer: string } | { parameter: string };
}

/** An error answer the emulator sends: the HTTP status and Apple's error items. */
export interface ErrorAnswer {
  status: number;
  errors: AppleError[];
  headers?: Record<string, string>;
}

export function appleError(
  status: number,
  code: string,
  title: string,
  detail: string,
  source?: AppleError['source'],
): AppleError {
  return {
    id: randomUUID(),
    status: String(status),
    code,
    title,
    detail,
    ...(source ? { source } : {}),
  };
}

export function errorAnswer(
  status: number,
  code: string,
  title: string,
  detail: string,
  source?: AppleError['source'],
): ErrorAnswer {
  return { status, errors: [appleError(status, code, title, detail, source)] };
}

/** The answers Apple gives most often, worded as Apple words them. */
export const appleErrors = {
  notAuthorized: (
    detail = 'Provide a properly configured and signed bearer token, and make sure that it has not expired. Learn more about Generating Tokens for API Requests https://developer.apple.com/go/?id=api-generating-tokens',
  ) =>
    errorAnswer(
      401,
      'NOT_AUTHORIZED',
      'Authentication credentials are missing or invalid.',
      detail,
    ),
  forbidden: (detail: string) =>
    errorAnswer(403, 'FORBIDDEN_ERROR', 'This request is forbidden for security reasons', detail),
  /** The account holder has not accepted the current agreements (every request is refused). */
  agreementsMissing: () =>
    errorAnswer(
      403,
      'FORBIDDEN.REQUIRED_AGREEMENTS_MISSING_OR_EXPIRED',
      'A required agreement is missing or has expired.',
      'This request requires an in-effect agreement that has not been signed or has expired.',
    ),
  notFound: (detail: string) =>
    errorAnswer(404, 'NOT_FOUND', 'The specified resource does not exist', detail),
  pathNotFound: (path: string) =>
    errorAnswer(
      404,
      'NOT_FOUND',
      'The specified resource does not exist',
      `The path provided does not match a defined resource type. (${path})`,
    ),
  methodNotAllowed: (method: string) =>
    errorAnswer(
      405,
      'METHOD_NOT_ALLOWED',
      'The request method is not valid for the resource path.',
      `The request method ${method} is not supported for this resource.`,
    ),
  invalidParameter: (parameter: string, detail: string) =>
    errorAnswer(400, 'PARAMETER_ERROR.INVALID', 'A parameter has an invalid value', detail, {
      parameter,
    }),
  entityInvalid: (detail: string, pointer?: string) =>
    errorAnswer(
      409,
      'ENTITY_ERROR.ATTRIBUTE.INVALID',
      'An attribute value is invalid.',
      detail,
      pointer ? { pointer } : undefined,
    ),
  entityError: (detail: string, pointer?: string) =>
    errorAnswer(
      409,
      'ENTITY_ERROR',
      'The request entity is not valid.',
      detail,
      pointer ? { pointer } : undefined,
    ),
  conflict: (code: string, title: string, detail: string, pointer?: string) =>
    errorAnswer(409, code, title, detail, pointer ? { pointer } : undefined),
  rateLimited: () =>
    errorAnswer(
      429,
      'RATE_LIMIT_EXCEEDED',
      'The request rate limit has been reached.',
      'We\u2019ve received too many requests for this API. Please wait and try again or slow down your request rate.',
    ),
  unexpected: (status = 500) =>
    errorAnswer(
      status,
      'UNEXPECTED_ERROR',
      'An unexpected error occurred.',
      'An unexpected error occurred on the server side. If this issue continues, contact us at https://developer.apple.com/contact/.',
    ),
};
