// One function per API route the page uses (routes as in the API issue).
import {
  EXPORT_FORMATS, documentsAnswer, healthAnswer, neighborsAnswer, nodeAnswer, pathsAnswer, queryAnswer, relationAnswer, searchAnswer,
  uploadAnswer,
  type Evidence, type Health, type Neighbors, type NodeDetails, type QueryResponse, type SearchHit, type Subgraph, type UploadResult,
} from './schemas.js';
import { ApiError, getJson, postJson, send } from './http.js';


const enc = encodeURIComponent;

export function health(): Promise<Health> {
  return getJson(healthAnswer, '/api/health');
}

export async function search(q: string, limit = 12): Promise<SearchHit[]> {
  return (await getJson(searchAnswer, `/api/search?q=${enc(q)}&limit=${limit}`)).results;
}

let titles: Promise<Map<string, string>> | null = null;

/** Document titles by id, fetched once per page (and again after an upload), for naming evidence sources. */
export function documentTitles(refresh = false): Promise<Map<string, string>> {
  if (refresh || !titles) {
    titles = getJson(documentsAnswer, '/api/documents').then(({ documents }) => new Map(documents.map((d) => [d.id, d.title || d.file])));
    titles.catch(() => (titles = null));
  }
  return titles;
}

export function nodeDetails(id: string): Promise<NodeDetails> {
  return getJson(nodeAnswer, `/api/nodes/${enc(id)}`);
}

// A neighbour page carries the first few evidence sentences of each edge; a hub's edges may have thousands.
const EVIDENCE_PREVIEW = 3;

export function neighbors(id: string, limit: number, offset: number): Promise<Neighbors> {
  return getJson(neighborsAnswer, `/api/nodes/${enc(id)}/neighbors?limit=${limit}&offset=${offset}&evidence=${EVIDENCE_PREVIEW}`);
}

/** Every evidence sentence of one relationship. */
export async function edgeEvidence(edge: { type: string; source: string; target: string }): Promise<Evidence[]> {
  const path = `/api/relations?from=${enc(edge.source)}&to=${enc(edge.target)}&type=${enc(edge.type)}`;
  return (await getJson(relationAnswer, path)).edge.evidence;
}

export async function shortestPath(from: string, to: string, maxHops = 6): Promise<Subgraph | null> {
  const { paths } = await getJson(pathsAnswer, `/api/paths?from=${enc(from)}&to=${enc(to)}&maxHops=${maxHops}`);
  return paths[0] ?? null;
}

export function query(cypher: string, params: Record<string, unknown> = {}): Promise<QueryResponse> {
  return postJson(queryAnswer, '/api/query', { cypher, params });
}

export { EXPORT_FORMATS };
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Fetches an export of the given entities; the file name comes from the server when it sends one. */
export async function exportGraph(format: ExportFormat, ids: string[]): Promise<{ blob: Blob; fileName: string }> {
  const response = await send('/api/export', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ format, ids, depth: 0 }),
  });
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
  const fallback = `kg-export.${format === 'csv' ? 'zip' : format}`;
  return { blob: await response.blob(), fileName: match ? decodeURIComponent(match[1]) : fallback };
}

/** Uploads files as multipart `files`, reporting the fraction sent; XHR because fetch cannot report upload progress. */
export function uploadDocuments(files: File[], onProgress: (fraction: number) => void): Promise<UploadResult[]> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onerror = () => reject(new ApiError('The API is unreachable: the upload got no answer.', 0));
    xhr.onload = () => {
      const body: unknown = xhr.response;
      if (xhr.status >= 400 && !Array.isArray((body as { results?: unknown } | null)?.results)) {
        const message = (body as { message?: unknown; error?: { message?: unknown } } | null);
        reject(new ApiError(String(message?.message ?? message?.error?.message ?? `upload failed (${xhr.status})`), xhr.status));
        return;
      }
      const parsed = uploadAnswer.safeParse(body);
      if (parsed.success) resolve(parsed.data.results);
      else reject(new ApiError(`Unexpected answer from the upload: ${parsed.error.message}`, xhr.status));
    };
    xhr.send(form);
  });
}
