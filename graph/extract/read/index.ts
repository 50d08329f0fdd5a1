export { readSourceFile, maxSourceBytes } from './readSource.js';
export { decodeSource, decodeSourceAsync, documentId } from './decode.js';
export { decodeBytes, type DecodedText } from './encoding.js';
