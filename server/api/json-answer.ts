// JSON answers written straight to Node's response: Express's send would look
// at freshness and ETags, which these answers do not use, on every request.
import type { ServerResponse } from 'node:http';

/**
 * An answer's body, kept on the answer under a symbol (which JSON leaves out): an
 * answer kept for reuse (./answer-cache.ts) is serialised once, however often it is
 * sent. A property rather than a WeakMap entry: the collector visits weak entries
 * on every young-generation collection, and most answers are sent once.
 */
const BODY = Symbol('json body');

function jsonBody(answer: object & { [BODY]?: Buffer }): Buffer {
  return (answer[BODY] ??= Buffer.from(JSON.stringify(answer)));
}

/** A JSON answer or error body, with its length. */
export function sendJson(res: ServerResponse, status: number, answer: unknown): void {
  const body = typeof answer === 'object' && answer !== null ? jsonBody(answer) : Buffer.from(JSON.stringify(answer));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length }).end(body);
}
