// Documents: list, read, upload (multipart), remove. Upload and remove write,
// so they take the bearer token and the write rate limit.
import type { ApiContext } from '../context.js';
import { route } from '../route.js';
import { rateLimiter, requireToken } from '../security.js';
import { UPLOAD_FIELD, uploadParser, uploadedSources } from '../upload.js';
import * as s from '../schemas.js';
import * as documents from '../usecases/documents.js';

export function documentRoutes({ store, config, graphChanged }: ApiContext) {
  const guardWrite = [requireToken(config.token), rateLimiter('write', config.writeRatePerMinute)];
  return [
    route({
      method: 'get', path: '/api/documents', tag: 'documents', summary: 'Every ingested document',
      response: s.documentsAnswer, errors: [503],
      handle: () => documents.listDocuments(store),
    }),
    route({
      method: 'get', path: '/api/documents/:id', tag: 'documents',
      summary: 'A document\'s normalized text with the spans of the entities it mentions',
      params: s.documentIdParams, response: s.documentAnswer, errors: [400, 404, 503],
      handle: ({ params }) => documents.readDocument(store, config.dataDir, params.id),
    }),
    route({
      method: 'post', path: '/api/documents', tag: 'documents',
      summary: 'Upload and ingest documents (text, HTML, Markdown, PDF, DOCX); one result per file',
      multipart: { field: UPLOAD_FIELD, description: `One or more files, at most ${config.uploadMaxFiles} of ${config.uploadMaxBytes} bytes each` },
      response: s.uploadAnswer, errors: [400, 401, 413, 429, 503],
      before: [...guardWrite, uploadParser(config.uploadMaxBytes, config.uploadMaxFiles)],
      handle: ({ req }) => documents.ingestUploads(store, graphChanged, config.dataDir, uploadedSources(req)),
    }),
    route({
      method: 'delete', path: '/api/documents/:id', tag: 'documents',
      summary: 'Remove a document and every entity, edge and fact only it supported',
      params: s.documentIdParams, response: s.removeAnswer, errors: [400, 401, 404, 429, 503],
      before: guardWrite,
      handle: ({ params }) => documents.removeDocument(store, graphChanged, params.id),
    }),
  ];
}
