// Turns every failure into `{error: {code, message}}` with the status of its
// KgError code. Stacks stay in the log, never in a response.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { HTTP_STATUS, KgError, isKgError } from '../../graph/errors.js';
import { sendJson } from './json-answer.js';

export interface ErrorBody {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

/** A zod failure as one KgError naming each wrong field and what it accepts. */
export function inputError(where: string, error: ZodError): KgError {
  const parts = error.issues.map((issue) => {
    const path = [where, ...issue.path.map(String)].join('.');
    return `${path}: ${issue.message}`;
  });
  return new KgError('INPUT', parts.join('; '));
}

/** Errors raised by body-parser and multer carry their own codes; map them onto ours. */
function fromFramework(error: unknown): KgError | null {
  if (typeof error !== 'object' || error === null) return null;
  const e = error as { type?: string; code?: string; message?: string; field?: string; status?: number };
  if (e.type === 'entity.too.large') return new KgError('TOO_LARGE', `The request body is larger than accepted (${e.message}).`);
  if (e.type === 'entity.parse.failed') return new KgError('INPUT', 'The request body is not valid JSON.');
  if (e.type === 'charset.unsupported' || e.type === 'encoding.unsupported') {
    return new KgError('INPUT', `The request body encoding is not supported: ${e.message}`);
  }
  if (typeof e.code === 'string' && e.code.startsWith('LIMIT_')) {
    const tooLarge = e.code === 'LIMIT_FILE_SIZE' || e.code === 'LIMIT_FILE_COUNT' || e.code === 'LIMIT_PART_COUNT' || e.code === 'LIMIT_FIELD_VALUE';
    const message = e.code === 'LIMIT_UNEXPECTED_FILE'
      ? `Unexpected upload field ${JSON.stringify(e.field)}; accepted: files`
      : `Upload refused: ${e.message}`;
    return new KgError(tooLarge ? 'TOO_LARGE' : 'INPUT', message);
  }
  if (e.status === 400 && typeof e.message === 'string') return new KgError('INPUT', e.message);
  return null;
}

export function toKgError(error: unknown): KgError | null {
  if (isKgError(error)) return error;
  if (error instanceof ZodError) return inputError('input', error);
  return fromFramework(error);
}

export function errorBody(error: KgError): ErrorBody {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details && Object.keys(error.details).length > 0) body.error.details = error.details;
  return body;
}

/**
 * Sends the error answer for any failure. Unknown errors are logged (with the request's
 * logger when logging is on) and answered with a generic 500.
 */
export function sendError(req: IncomingMessage & { log?: Logger; originalUrl?: string }, res: ServerResponse, error: unknown): void {
  const known = toKgError(error);
  if (known) return sendJson(res, HTTP_STATUS[known.code], errorBody(known));
  if (req.log) req.log.error({ err: error }, 'unhandled error');
  else process.stderr.write(`kg api: ${req.method} ${req.originalUrl ?? req.url}: ${error instanceof Error ? error.stack : String(error)}\n`);
  sendJson(res, 500, { error: { code: 'INTERNAL', message: 'The server failed to answer; the error is in its log.' } });
}

export const errorHandler: ErrorRequestHandler = (error, req, res, _next) => sendError(req, res, error);

export const notFoundHandler: RequestHandler = (req, res) => {
  const error = new KgError('NOT_FOUND', `No route ${req.method} ${req.originalUrl.split('?')[0]}; the routes are listed at /api/openapi.json`);
  sendJson(res, 404, errorBody(error));
};
