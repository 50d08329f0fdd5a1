// The plain read routes (search, neighbours, nodes, facts, documents) answered
// without Express's router. Express's own work per request (swapping the
// prototypes of the request and response, walking the layers, its response
// helpers) costs about 0.11 ms, where the store answers a neighbour page in
// 0.1–0.2 ms. The answer is the same: the same route declarations and zod
// schemas, the same middleware (request log, security headers) in the same
// order, the same error bodies. Anything else, including a path that does not
// match exactly (a trailing slash, other letter case) or a request with a body,
// is handed to Express.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { KgError } from '../../graph/errors.js';
import { sendError } from './http-errors.js';
import { sendJson } from './json-answer.js';
import { type RouteSpec, answerRoute, isPlainRead } from './route.js';

/** Connect-style middleware, as helmet and pino-http are. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

interface ReadRoute {
  spec: RouteSpec;
  /** The path's segments: literal text, or the name of a parameter (`:id`). */
  segments: Array<{ literal: string } | { param: string }>;
}

function compile(spec: RouteSpec): ReadRoute {
  const segments = spec.path.split('/').map((part) => (part.startsWith(':') ? { param: part.slice(1) } : { literal: part }));
  return { spec, segments };
}

/** A parameter as Express's router decodes it, with the same complaint when it cannot. */
function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new KgError('INPUT', `Failed to decode param '${raw}'`);
  }
}

function match(route: ReadRoute, parts: string[]): Record<string, string> | null {
  if (parts.length !== route.segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const segment = route.segments[i];
    if ('literal' in segment) {
      if (segment.literal !== parts[i]) return null;
    } else {
      if (parts[i] === '') return null;
      params[segment.param] = parts[i];
    }
  }
  return params;
}

const hasBody = (req: IncomingMessage) =>
  req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] ?? '0') !== '0';

/** Runs each middleware in turn, then `done` (with the first error passed to `next`). */
function runMiddleware(middleware: Middleware[], req: IncomingMessage, res: ServerResponse, done: (error?: unknown) => void): void {
  let i = 0;
  const next = (error?: unknown) => {
    if (error !== undefined) return done(error);
    const step = middleware[i++];
    if (step === undefined) return done();
    step(req, res, next);
  };
  next();
}

export function directReads(routes: RouteSpec[], middleware: Middleware[], fallback: RequestListener): RequestListener {
  const reads = routes.filter(isPlainRead).map(compile);
  return (req, res) => {
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const parts = (queryAt === -1 ? url : url.slice(0, queryAt)).split('/');
    let found: { route: ReadRoute; params: Record<string, string> } | undefined;
    if (req.method === 'GET' && !hasBody(req)) {
      for (const route of reads) {
        const params = match(route, parts);
        if (params) {
          found = { route, params };
          break;
        }
      }
    }
    if (!found) return fallback(req, res);
    const { route, params } = found;
    runMiddleware(middleware, req, res, (failure) => {
      if (failure !== undefined) return sendError(req, res, failure);
      const answer = async () => answerRoute(route.spec, {
        params: Object.fromEntries(Object.entries(params).map(([name, raw]) => [name, decodeParam(raw)])),
        query: parseQuery(queryAt === -1 ? '' : url.slice(queryAt + 1)),
        body: undefined,
      }, req);
      answer().then(
        (answer) => sendJson(res, route.spec.status ?? 200, answer),
        (error: unknown) => sendError(req, res, error),
      );
    });
  };
}
