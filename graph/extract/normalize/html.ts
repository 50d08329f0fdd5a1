// HTML -> traced text: visible text only, block elements as line breaks,
// entities decoded, offsets pointing into the HTML source.
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { replaceTraced, tracedFrom, TracedBuilder, type Traced } from './traced.js';

/** Elements whose content is never part of the document's text. */
const DROPPED = new Set([
  'script', 'style', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'noscript', 'head', 'template', 'svg', 'select', 'button',
]);

const BLOCK = new Set([
  'address', 'article', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'caption', 'center',
]);

const CELL = new Set(['td', 'th']);

/** Marks a block boundary while building; becomes '\n' once source whitespace is collapsed. */
const BREAK = '\uE000';

export interface HtmlText {
  traced: Traced;
  /** From <title>, else the first <h1>; empty when neither has text. */
  title: string;
}

function cleanTitle(text: string): string {
  return decodeHTML(text).replace(/\s+/g, ' ').trim();
}

export function htmlToTraced(html: string): HtmlText {
  const source = tracedFrom(html);
  const out = new TracedBuilder(html.length);
  let dropped = 0;
  let inTitle = false;
  let h1Depth = 0;
  let title = '';
  let h1 = '';
  const parser: Parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true;
        if (DROPPED.has(name)) dropped++;
        else if (name === 'h1') h1Depth++;
        if (BLOCK.has(name)) out.insert(BREAK);
        else if (CELL.has(name)) out.insert(' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (DROPPED.has(name)) dropped = Math.max(0, dropped - 1);
        else if (name === 'h1') h1Depth = Math.max(0, h1Depth - 1);
        if (BLOCK.has(name)) out.insert(BREAK);
      },
      ontext(data) {
        if (inTitle) title += data;
        if (dropped > 0) return;
        if (h1Depth > 0 && h1.length < 200) h1 += data;
        const start = parser.startIndex;
        if (html.startsWith(data, start)) out.copy(source, start, start + data.length);
        else out.insert(data, start);
      },
    },
    { decodeEntities: false, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  let traced = out.build();
  traced = replaceTraced(traced, /[ \t\r\n\f]+/g, ' ');
  traced = replaceTraced(traced, /[\uE000 ]*\uE000[\uE000 ]*/g, '\n');
  traced = replaceTraced(traced, /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/gi, (m) => decodeHTML(m[0]));
  return { traced, title: cleanTitle(title) || cleanTitle(h1) };
}
