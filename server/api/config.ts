// Limits and switches of the HTTP API, read once from the environment so that
// tests and the bench can pass their own.
import { resolve } from 'node:path';
import { maxSourceBytes } from '../../graph/extract/read/index.js';
import { dataDirOf } from '../../graph/store/open.js';

export interface ApiConfig {
  /** Bearer token the write routes require; none means writes are open (the server binds to localhost). */
  token?: string;
  /** JSON body limit, e.g. "1mb". */
  bodyLimit: string;
  /** Upload limits for POST /api/documents; the size defaults to the extractor's own (KG_MAX_FILE_MB). */
  uploadMaxBytes: number;
  uploadMaxFiles: number;
  /** POST /api/query: milliseconds before a query is abandoned, and rows kept at most. */
  queryTimeoutMs: number;
  queryRowLimit: number;
  /** Requests per minute per client on the write routes and on /api/query; 0 turns the limit off. */
  writeRatePerMinute: number;
  queryRatePerMinute: number;
  /** Data folder holding the originals of ingested documents. */
  dataDir: string;
  /** Folder of the built client served at `/`, when it exists. */
  clientDir?: string;
  /** Request logging; off in tests and benches. */
  log: boolean;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

export function configFromEnv(): ApiConfig {
  return {
    token: process.env.KG_API_TOKEN || undefined,
    bodyLimit: process.env.KG_API_BODY_LIMIT || '1mb',
    uploadMaxBytes: maxSourceBytes(),
    uploadMaxFiles: intFromEnv('KG_API_UPLOAD_MAX_FILES', 50),
    queryTimeoutMs: intFromEnv('KG_API_QUERY_TIMEOUT_MS', 10_000),
    queryRowLimit: intFromEnv('KG_API_QUERY_ROW_LIMIT', 5_000),
    writeRatePerMinute: intFromEnv('KG_API_WRITE_RATE', 30),
    queryRatePerMinute: intFromEnv('KG_API_QUERY_RATE', 120),
    dataDir: dataDirOf(),
    clientDir: process.env.KG_CLIENT_DIR || resolve(import.meta.dirname, '../../dist/client'),
    log: process.env.KG_API_LOG !== '0',
  };
}
