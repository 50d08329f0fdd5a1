import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GrafeoStore } from '../../graph/store/grafeo.js';
import { type Fixture, startFixture } from './fixture.js';

const TOKEN = 'test-token-0123456789';
const REPORT = '北山市2024年政府工作报告\n北山市大力发展新能源汽车产业。北山市经济技术开发区引进储能项目。全市地区生产总值增长6.1%。';

let f: Fixture;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kg-api-docs-'));
  const store = GrafeoStore.open();
  await store.init();
  f = await startFixture(store, { dataDir, token: TOKEN, uploadMaxBytes: 64 * 1024, uploadMaxFiles: 3, writeRatePerMinute: 0 });
});
afterAll(async () => {
  await f.close();
  await rm(dataDir, { recursive: true, force: true });
});

const auth = { authorization: `Bearer ${TOKEN}` };

function upload(files: Array<[name: string, content: string | Uint8Array<ArrayBuffer>]>, headers: Record<string, string> = auth) {
  const form = new FormData();
  for (const [name, content] of files) form.append('files', new Blob([content]), name);
  return f.get('/api/documents', { method: 'POST', body: form, headers });
}

describe('documents', () => {
  test('When a report is uploaded, then it is ingested, listed, readable with entity spans, and a second upload is unchanged', async () => {
    const res = await upload([['北山市报告.txt', REPORT]]);
    expect(res.status).toBe(200);
    const [result] = (await res.json()).results;
    expect(result).toMatchObject({ file: '北山市报告.txt', status: 'ingested' });
    expect(result.entities).toBeGreaterThan(0);

    const { documents } = await (await f.get('/api/documents')).json();
    expect(documents).toHaveLength(1);
    const doc = documents[0];
    expect(doc.file).toBe('北山市报告.txt');

    const read = await (await f.get(`/api/documents/${doc.id}`)).json();
    expect(read.text).toContain('新能源汽车');
    expect(read.spans.length).toBeGreaterThan(0);
    for (const span of read.spans) {
      expect(span.end).toBeGreaterThan(span.start);
      expect(read.text.slice(span.start, span.end).length).toBe(span.end - span.start);
      expect(span.entity.startsWith(`${span.kind}:`)).toBe(true);
    }
    const node = await f.get(`/api/nodes/${encodeURIComponent(read.spans[0].entity)}`);
    expect(node.status).toBe(200);

    const again = (await (await upload([['copy.txt', REPORT]])).json()).results[0];
    expect(again.status).toBe('unchanged');
  });

  test('When uploaded names try path traversal, then nothing is written outside the data folder and the name is only a label', async () => {
    const res = await upload([['../../../../tmp/evil.txt', '南河县推进现代农业。'], ['..\\..\\win.txt', '东岭镇发展文化旅游。']]);
    const results = (await res.json()).results;
    expect(results.map((r: { file: string }) => r.file)).toEqual(['evil.txt', 'win.txt']);
    const kept = await readdir(join(dataDir, 'documents'), { recursive: true });
    expect(kept.some((p) => String(p).includes('evil') || String(p).includes('win'))).toBe(false);
  });

  test('When a write comes without the token or with a wrong one, then it is refused with 401', async () => {
    expect((await upload([['a.txt', REPORT]], {})).status).toBe(401);
    const wrong = await upload([['a.txt', REPORT]], { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('UNAUTHORIZED');
    expect((await f.get('/api/documents/0123456789abcdef', { method: 'DELETE' })).status).toBe(401);
  });

  test('When files are too large, too many, in the wrong field or not multipart, then the answer is 413 or 400', async () => {
    expect((await upload([['big.txt', 'x'.repeat(65 * 1024)]])).status).toBe(413);
    expect((await upload([['1.txt', 'a'], ['2.txt', 'b'], ['3.txt', 'c'], ['4.txt', 'd']])).status).toBe(413);
    const form = new FormData();
    form.append('other', new Blob(['x']), 'x.txt');
    expect((await f.get('/api/documents', { method: 'POST', body: form, headers: auth })).status).toBe(400);
    const notMultipart = await f.get('/api/documents', { method: 'POST', body: '{}', headers: { ...auth, 'content-type': 'application/json' } });
    expect(notMultipart.status).toBe(400);
    expect((await upload([])).status).toBe(400);
  });

  test('When a file is not text, then that file reports an error and the others are still ingested', async () => {
    const binary = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const results = (await (await upload([['noise.bin', binary], ['ok.txt', '西川市建设数字经济产业园。']])).json()).results;
    expect(results[0].status).toBe('error');
    expect(results[0].error.length).toBeGreaterThan(0);
    expect(results[1].status).toBe('ingested');
  });

  test('When a document is removed, then it leaves the list and a second removal is 404; malformed ids are 400', async () => {
    const { documents } = await (await f.get('/api/documents')).json();
    const id = documents[0].id;
    const res = await f.get(`/api/documents/${id}`, { method: 'DELETE', headers: auth });
    expect(res.status).toBe(200);
    expect((await (await f.get('/api/documents')).json()).documents.map((d: { id: string }) => d.id)).not.toContain(id);
    expect((await f.get(`/api/documents/${id}`, { method: 'DELETE', headers: auth })).status).toBe(404);
    expect((await f.get('/api/documents/..%2F..%2Fetc')).status).toBe(400);
  });
});
