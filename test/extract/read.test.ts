import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KgError } from '../../graph/errors.js';
import { decodeSource, decodeSourceAsync, readSourceFile } from '../../graph/extract/read/index.js';

const SIMPLIFIED = '各位代表：现将政府工作报告提请审议。全市生产总值增长百分之五，工业经济运行平稳。';
const TRADITIONAL = '各位代表：現將政府工作報告提請審議。全市生產總值增長百分之五，工業經濟運行平穩。';

function src(file: string, bytes: Uint8Array | Buffer) {
  return { file, bytes: new Uint8Array(bytes) };
}

function thrown(fn: () => unknown): KgError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return error as KgError;
  }
  throw new Error('expected a KgError');
}

async function rejected(promise: Promise<unknown>): Promise<KgError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KgError);
  return error as KgError;
}

/** A one-page PDF with a Helvetica text line, offsets computed so pdf.js reads it without repair. */
function tinyPdf(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 20 100 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

describe('decodeSource encodings', () => {
  it('reads GBK/GB18030 bytes', () => {
    const d = decodeSource(src('report.txt', iconv.encode(SIMPLIFIED, 'gbk')));
    expect(d.encoding).toBe('gb18030');
    expect(d.raw).toBe(SIMPLIFIED);
  });

  it('reads Big5 bytes rather than misreading them as GBK', () => {
    const d = decodeSource(src('report.txt', iconv.encode(TRADITIONAL, 'big5')));
    expect(d.encoding).toBe('big5');
    expect(d.raw).toBe(TRADITIONAL);
  });

  it('reads UTF-16 with a BOM in both byte orders', () => {
    const le = decodeSource(src('a.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, 'utf-16le')])));
    expect(le).toMatchObject({ encoding: 'utf-16le', raw: SIMPLIFIED });
    const be = decodeSource(src('a.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SIMPLIFIED, 'utf-16be')])));
    expect(be).toMatchObject({ encoding: 'utf-16be', raw: SIMPLIFIED });
  });

  it('reads UTF-16LE without a BOM from its NUL pattern', () => {
    const text = 'Report on the work of the government, 2024. GDP grew by 5.2 percent.';
    const d = decodeSource(src('a.txt', iconv.encode(text, 'utf-16le')));
    expect(d).toMatchObject({ encoding: 'utf-16le', raw: text });
  });

  it('strips a UTF-8 BOM and reads plain UTF-8', () => {
    const withBom = decodeSource(src('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)])));
    expect(withBom).toMatchObject({ encoding: 'utf-8', raw: SIMPLIFIED });
    expect(decodeSource(src('a.txt', Buffer.from(SIMPLIFIED))).raw).toBe(SIMPLIFIED);
  });

  it('gives a content id of 16 hex digits that follows the bytes', () => {
    const a = decodeSource(src('a.txt', Buffer.from(SIMPLIFIED)));
    const b = decodeSource(src('b.txt', Buffer.from(SIMPLIFIED)));
    const c = decodeSource(src('a.txt', Buffer.from(SIMPLIFIED + '。')));
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(b.id).toBe(a.id);
    expect(c.id).not.toBe(a.id);
  });

  it('refuses binary data, naming the file', () => {
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256;
    const error = thrown(() => decodeSource(src('photo.txt', bytes)));
    expect(error.code).toBe('ENCODING');
    expect(error.message).toContain('photo.txt');
    expect(error.message).toContain('GB18030/GBK, Big5');
  });

  it('refuses bytes in an encoding we do not read (Latin-1)', () => {
    const error = thrown(() => decodeSource(src('latin1.txt', iconv.encode('Café au lait, crème brûlée, déjà vu.', 'latin1'))));
    expect(error.code).toBe('ENCODING');
    expect(error.message).toBe('latin1.txt: not text in an encoding we read (UTF-8, UTF-16, GB18030/GBK, Big5)');
  });

  it('refuses empty and whitespace-only text', () => {
    const error = thrown(() => decodeSource(src('blank.txt', Buffer.from(' \n\t\u3000\n'))));
    expect(error.code).toBe('INPUT');
    expect(error.message).toContain('blank.txt');
  });
});

describe('decodeSource formats', () => {
  it('takes the format from the extension', () => {
    expect(decodeSource(src('a.md', Buffer.from('# T\n\ntext'))).format).toBe('markdown');
    expect(decodeSource(src('a.HTM', Buffer.from('<p>x</p>'))).format).toBe('html');
    expect(decodeSource(src('a.text', Buffer.from('<html>x'))).format).toBe('text');
  });

  it('sniffs unknown extensions', () => {
    expect(decodeSource(src('page.php', Buffer.from('<!DOCTYPE html><html><body>x</body></html>'))).format).toBe('html');
    expect(decodeSource(src('notes', Buffer.from('plain words'))).format).toBe('text');
  });

  it('sends PDF to the async decoder and reads its text there', async () => {
    const pdf = src('r.pdf', tinyPdf('Industrial output rose'));
    expect(thrown(() => decodeSource(pdf)).message).toContain('decodeSourceAsync');
    const d = await decodeSourceAsync(pdf);
    expect(d.format).toBe('pdf');
    expect(d.raw).toContain('Industrial output rose');
  });

  it('refuses a broken DOCX with a message naming the file', async () => {
    const error = await rejected(decodeSourceAsync(src('bad.docx', Buffer.from('PK\u0003\u0004 not really a zip'))));
    expect(error.message).toContain('bad.docx');
  });
});

describe('readSourceFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kg-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a file', async () => {
    const path = join(dir, 'ok.txt');
    await writeFile(path, SIMPLIFIED);
    const file = await readSourceFile(path);
    expect(file.file).toBe(path);
    expect(Buffer.from(file.bytes).toString('utf8')).toBe(SIMPLIFIED);
  });

  it('explains a missing path, a directory and an empty file', async () => {
    const missing = await rejected(readSourceFile(join(dir, 'nope.txt')));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toContain('nope.txt');
    const sub = join(dir, 'folder');
    await mkdir(sub);
    expect((await rejected(readSourceFile(sub))).message).toMatch(/folder is a directory/);
    const empty = join(dir, 'empty.txt');
    await writeFile(empty, '');
    expect((await rejected(readSourceFile(empty))).message).toMatch(/empty\.txt is empty/);
  });

  it('refuses a file over the limit before reading it', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, Buffer.alloc(3 * 1024 * 1024, 0x61));
    const error = await rejected(readSourceFile(path, { maxBytes: 1024 * 1024 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.message).toBe(`${path} is 3.0 MB; the limit is 1 MB (set KG_MAX_FILE_MB)`);
  });

  it('takes the limit from KG_MAX_FILE_MB', async () => {
    const path = join(dir, 'two.txt');
    await writeFile(path, Buffer.alloc(2 * 1024 * 1024, 0x61));
    process.env.KG_MAX_FILE_MB = '1';
    try {
      expect((await rejected(readSourceFile(path))).message).toContain('the limit is 1 MB');
    } finally {
      delete process.env.KG_MAX_FILE_MB;
    }
    expect((await readSourceFile(path)).bytes.length).toBe(2 * 1024 * 1024);
  });

  it.skipIf(process.getuid?.() === 0)('explains an unreadable file', async () => {
    const path = join(dir, 'secret.txt');
    await writeFile(path, 'x');
    await chmod(path, 0o000);
    const error = await rejected(readSourceFile(path));
    expect(error.message).toContain('secret.txt: not readable (permission denied)');
  });
});
