// Headers, rate limits and the bearer token of the write routes.
import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { rateLimit } from 'express-rate-limit';
import { KgError } from '../../graph/errors.js';
import type { Middleware } from './direct-reads.js';
import { errorBody } from './http-errors.js';

/** helmet with a CSP that lets the built client load its own scripts, styles and images. */
export function securityHeaders(): Middleware {
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
      },
    },
  });
}

/** At most `perMinute` requests a minute per client address; 0 means no limit. */
export function rateLimiter(what: string, perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => {
      const error = new KgError('INPUT', `Too many ${what} requests: at most ${perMinute} a minute; wait and retry.`);
      res.status(429).json({ error: { ...errorBody(error).error, code: 'RATE_LIMITED' } });
    },
  });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** When a token is configured, the request must carry `Authorization: Bearer <token>`. */
export function requireToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) return next();
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return next(new KgError('UNAUTHORIZED', 'This route writes; send Authorization: Bearer <KG_API_TOKEN>.'));
    if (!sameSecret(match[1], token)) return next(new KgError('UNAUTHORIZED', 'The bearer token is not the one this server was started with.'));
    next();
  };
}
