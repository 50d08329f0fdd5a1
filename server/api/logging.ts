// Request logging with pino: one line per request, tokens redacted.
import type { RequestHandler } from 'express';
import { pino } from 'pino';
import { pinoHttp } from 'pino-http';

export function requestLogger(enabled: boolean): RequestHandler {
  const logger = pino({
    enabled,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  });
  return pinoHttp({
    logger,
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  });
}
