// JSON answers written straight to Node's response: Express's send would look
// at freshness and ETags, which these answers do not use, on every request.
import type { ServerResponse } from 'node:http';

/** Bodies of answers already sent: an answer kept for reuse (./answer-cache.ts) is serialised once, however often it is sent. */
const jsonBodies = new WeakMap<object, Buffer>();

function jsonBody(answer: object): Buffer {
  let body = jsonBodies.get(answer);
  if (!body) jsonBodies.set(answer, (body = Buffer.from(JSON.stringify(answer))));
  return body;
}

/** A JSON answer or error body, with its length. */
export function sendJson(res: ServerResponse, status: number, answer: unknown): void {
  const body = typeof answer === 'object' && answer !== null ? jsonBody(answer) : Buffer.from(JSON.stringify(answer));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length }).end(body);
}
