// Request logging with pino: one line per request, tokens redacted.
import { type DestinationStream, pino } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Middleware } from './direct-reads.js';

/** `destination` defaults to stdout; tests pass a stream to read the lines back. */
export function requestLogger(destination?: DestinationStream): Middleware {
  const options = { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization', 'req.headers.cookie'] };
  const logger = destination ? pino(options, destination) : pino(options);
  return pinoHttp({
    logger,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  });
}
