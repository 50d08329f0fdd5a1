// Text out of container formats (PDF, DOCX); both libraries are asynchronous.
import mammoth from 'mammoth';
import { KgError, messageOf } from '../../errors.js';

export async function pdfText(file: string, bytes: Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  try {
    // pdf.js may take ownership of the buffer it is given, so it gets a copy.
    const pdf = await getDocumentProxy(bytes.slice());
    const { text } = await extractText(pdf, { mergePages: false });
    return text.join('\n\n');
  } catch (error) {
    throw new KgError('INPUT', `${file}: not a PDF we can read (${messageOf(error)})`, { file }, { cause: error });
  }
}

export async function docxText(file: string, bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length) });
    return value;
  } catch (error) {
    throw new KgError('INPUT', `${file}: not a DOCX we can read (${messageOf(error)})`, { file }, { cause: error });
  }
}
