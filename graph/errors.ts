// The one error module. Every error the project raises on purpose is a KgError
// with a stable code; its message says what was wrong and what is accepted.

export const ERROR_CODES = {
  INPUT: 'bad input (file, text or argument)',
  ENCODING: 'the bytes are not text in an encoding we read',
  NOT_FOUND: 'no such entity, document or file',
  READ_ONLY: 'a query that writes was refused',
  QUERY: 'the query is not valid',
  TIMEOUT: 'the operation took too long',
  STORE: 'the graph store failed or is unreachable',
  LOCKED: 'the data folder is in use by another process',
  UNAUTHORIZED: 'a token is required',
  TOO_LARGE: 'the input is larger than accepted',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** HTTP status for each code, used by the API. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INPUT: 400,
  ENCODING: 415,
  NOT_FOUND: 404,
  READ_ONLY: 403,
  QUERY: 400,
  TIMEOUT: 408,
  STORE: 503,
  LOCKED: 409,
  UNAUTHORIZED: 401,
  TOO_LARGE: 413,
};

export class KgError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KgError';
    this.code = code;
    this.details = details;
  }
}

export function isKgError(error: unknown): error is KgError {
  return error instanceof KgError;
}

/** "x is not one of a, b, c": the message shape for a value outside a closed list. */
export function notOneOf(what: string, value: unknown, accepted: readonly string[]): KgError {
  return new KgError('INPUT', `${what} ${JSON.stringify(value)} is not valid; accepted: ${accepted.join(', ')}`, {
    value,
    accepted,
  });
}

/** The message of any thrown value, for logs and one-line CLI errors. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
