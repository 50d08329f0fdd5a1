// One declaration per route: its path, the zod schemas that validate its
// input, the schema of its answer and the use case it calls. The same list
// mounts the Express routes and generates the OpenAPI document, so the two
// cannot drift apart.
import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Response, Router } from 'express';
import { z } from 'zod';
import { KgError } from '../../graph/errors.js';
import { inputError } from './http-errors.js';
import { sendJson } from './json-answer.js';

export type Method = 'get' | 'post' | 'delete';

/** A download or any answer that is not JSON. */
export interface FileAnswer {
  file: { name: string; contentType: string; body: string | Uint8Array };
}

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: IncomingMessage;
}

export interface RouteSpec<P = unknown, Q = unknown, B = unknown> {
  method: Method;
  /** Express path, e.g. `/api/nodes/:id`. */
  path: string;
  summary: string;
  tag: string;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** JSON body schema. */
  body?: z.ZodType<B>;
  /** Documented only: a multipart body, parsed by `before`. */
  multipart?: { field: string; description: string };
  /** JSON answer schema, or the content types of a download. */
  response: z.ZodType | { download: string[] };
  /** HTTP status of a success. */
  status?: number;
  /** Statuses besides success that the route answers with, for the document. */
  errors: number[];
  /** Middleware run before validation: auth, rate limits, upload parsing. */
  before?: RequestHandler[];
  handle(input: RouteInput<P, Q, B>): Promise<unknown>;
}

/** Keeps the generic parameters of one route while the list holds many. */
export function route<P, Q, B>(spec: RouteSpec<P, Q, B>): RouteSpec {
  return spec as unknown as RouteSpec;
}

function parse<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw inputError(where, result.error);
  return result.data;
}

function isFileAnswer(value: unknown): value is FileAnswer {
  return typeof value === 'object' && value !== null && 'file' in value && typeof (value as FileAnswer).file?.contentType === 'string';
}

function send(res: Response, status: number, answer: unknown): void {
  if (!isFileAnswer(answer)) return sendJson(res, status, answer);
  const { name, contentType, body } = answer.file;
  res.status(status).attachment(name).type(contentType).send(typeof body === 'string' ? body : Buffer.from(body));
}

/** Path parameters, query and body of one request as they arrived, before validation. */
export interface RawInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** Validates a request's input against the route's schemas and runs its use case. */
export async function answerRoute(spec: RouteSpec, raw: RawInput, req: IncomingMessage): Promise<unknown> {
  return spec.handle({
    params: parse(spec.params, raw.params, 'path'),
    query: parse(spec.query, raw.query, 'query'),
    body: parse(spec.body, raw.body, 'body'),
    req,
  });
}

/** A route that only reads and answers JSON, needing no middleware of its own: ./direct-reads.ts may answer it. */
export function isPlainRead(spec: RouteSpec): boolean {
  return spec.method === 'get' && (spec.before ?? []).length === 0 && !('download' in spec.response);
}

export function mount(router: Router, routes: RouteSpec[]): void {
  for (const spec of routes) {
    const handler: RequestHandler = async (req, res) => {
      if (spec.body && !req.is('application/json')) {
        throw new KgError('INPUT', `${spec.method.toUpperCase()} ${spec.path} takes a JSON body; send Content-Type: application/json.`);
      }
      send(res, spec.status ?? 200, await answerRoute(spec, req, req));
    };
    router[spec.method](spec.path, ...(spec.before ?? []), handler);
  }
}
