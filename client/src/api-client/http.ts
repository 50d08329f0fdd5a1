// fetch with one error type: the API's JSON message when it sent one, or
// "unreachable" when no answer came at all.
import type { z } from 'zod';
import { whileBusy } from '../ui/busy.js';

export interface ErrorPosition {
  line?: number;
  column?: number;
  offset?: number;
}

export class ApiError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
    readonly position?: ErrorPosition,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get unreachable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 504;
  }
}

const unreachableListeners = new Set<(error: ApiError | null) => void>();

/** Called with an error when the API stops answering and with null when it answers again. */
export function onReachabilityChange(listener: (error: ApiError | null) => void): void {
  unreachableListeners.add(listener);
}

function reportReachability(error: ApiError | null): void {
  for (const listener of unreachableListeners) listener(error);
}

function positionOf(body: Record<string, unknown>): ErrorPosition | undefined {
  const candidate = (body.position ?? (body.details as Record<string, unknown> | undefined)?.position) as unknown;
  if (typeof candidate === 'number') return { offset: candidate };
  if (candidate && typeof candidate === 'object') {
    const { line, column, offset } = candidate as Record<string, unknown>;
    const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
    return { line: num(line), column: num(column), offset: num(offset) };
  }
  return undefined;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message = `${response.status} ${response.statusText}`;
  let position: ErrorPosition | undefined;
  try {
    const body = (await response.json()) as Record<string, unknown>;
    const inner = (typeof body.error === 'object' && body.error !== null ? body.error : body) as Record<string, unknown>;
    if (typeof inner.message === 'string') message = inner.message;
    else if (typeof body.error === 'string') message = body.error;
    position = positionOf(inner);
  } catch {
    // A body that is not JSON keeps the status text as the message.
  }
  return new ApiError(message, response.status, position);
}

/** Sends a request and returns the raw response, throwing ApiError for failures. */
export async function send(path: string, init: RequestInit = {}): Promise<Response> {
  return whileBusy(async () => {
    let response: Response;
    try {
      response = await fetch(path, init);
    } catch {
      const error = new ApiError('The API is unreachable: no answer from the server.', 0);
      reportReachability(error);
      throw error;
    }
    const failure = response.ok ? null : await errorFrom(response);
    reportReachability(failure?.unreachable ? failure : null);
    if (failure) throw failure;
    return response;
  });
}

/** Sends a request and validates its JSON answer against `schema`. */
export async function getJson<S extends z.ZodType>(schema: S, path: string, init?: RequestInit): Promise<z.output<S>> {
  const response = await send(path, init);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError(`Unexpected answer from ${path.split('?')[0]}: ${parsed.error.message}`, response.status);
  return parsed.data;
}

export function postJson<S extends z.ZodType>(schema: S, path: string, body: unknown): Promise<z.output<S>> {
  return getJson(schema, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
