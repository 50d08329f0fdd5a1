// The read-only guard of `kg query` and the API: a small Cypher tokenizer
// that drops comments and string literals, then refuses write clauses, write
// or admin procedures and more than one statement, before any store sees the
// text. Stores add their own line of defence (read transactions, rollback).
import { KgError } from '../errors.js';

const WRITE_CLAUSES = new Set([
  'CREATE', 'MERGE', 'SET', 'DELETE', 'DETACH', 'REMOVE', 'DROP', 'LOAD', 'FOREACH', 'INSERT', 'ALTER', 'RENAME',
  'GRANT', 'DENY', 'REVOKE', 'START', 'STOP', 'TERMINATE', 'USE', 'SHOW', 'ENABLE', 'DEALLOCATE', 'REALLOCATE',
]);

/** Procedures that only read, the ones a read-only caller may CALL. */
const READ_PROCEDURES = new Set([
  'db.labels', 'db.relationshiptypes', 'db.propertykeys', 'db.schema.visualization', 'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties', 'db.index.fulltext.querynodes', 'db.index.fulltext.queryrelationships',
]);

/** Function namespaces that can run arbitrary Cypher or touch the outside world. */
const REFUSED_NAMESPACES = ['apoc.', 'dbms.', 'gds.'];

export interface Token {
  kind: 'word' | 'symbol';
  text: string;
}

function skipQuoted(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === '\\' && quote !== '`') i += 2;
    else if (text[i] === quote) {
      if (quote === '`' && text[i + 1] === '`') i += 2;
      else return i + 1;
    } else i += 1;
  }
  throw new KgError('QUERY', `the query has an unclosed ${quote} quote`);
}

/**
 * Words (identifiers, keywords, dotted names) and single symbols; comments and
 * string literals vanish, backquoted names become the word `identifier`.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) i += 1;
    else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end + 1;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new KgError('QUERY', 'the query has an unclosed /* comment');
      i = end + 2;
    } else if (c === "'" || c === '"') {
      i = skipQuoted(text, i, c);
      tokens.push({ kind: 'symbol', text: 'string' });
    } else if (c === '`') {
      i = skipQuoted(text, i, c);
      tokens.push({ kind: 'word', text: 'identifier' });
    } else if (/[\p{L}\p{N}_$]/u.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\p{L}\p{N}_$.]/u.test(text[j])) j += 1;
      tokens.push({ kind: 'word', text: text.slice(i, j) });
      i = j;
    } else {
      tokens.push({ kind: 'symbol', text: c });
      i += 1;
    }
  }
  return tokens;
}

function refuse(reason: string): KgError {
  return new KgError('READ_ONLY', `the query was refused: ${reason}; only reading queries (MATCH … RETURN) are accepted`);
}

/** A keyword, not a label (`:Set`), a property (`n.set`), a parameter (`$set`) or a map key (`{set: 1}`). */
function isKeywordPosition(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.text;
  const after = tokens[i + 1]?.text;
  if (before === ':' || before === '.' || tokens[i].text.startsWith('$')) return false;
  return after !== ':';
}

/** Throws READ_ONLY when the text writes, calls a procedure that may write, or holds more than one statement. */
export function assertReadOnly(cypher: string): void {
  const tokens = tokenize(cypher);
  if (tokens.length === 0) throw new KgError('QUERY', 'the query is empty');
  tokens.forEach((token, i) => {
    if (token.kind === 'symbol') {
      if (token.text === ';' && tokens.slice(i + 1).some((t) => t.text !== ';')) throw refuse('more than one statement');
      return;
    }
    const word = token.text.toUpperCase();
    const lower = token.text.toLowerCase();
    if (REFUSED_NAMESPACES.some((ns) => lower.startsWith(ns))) throw refuse(`${token.text} may write or reach outside`);
    if (!isKeywordPosition(tokens, i)) return;
    if (WRITE_CLAUSES.has(word)) throw refuse(`${word} changes the graph or the database`);
    if (word === 'CALL') {
      const next = tokens[i + 1];
      if (next?.text === '{' || next?.text === '(') return;
      if (!next || !READ_PROCEDURES.has(next.text.toLowerCase())) throw refuse(`CALL ${next?.text ?? ''} is not a read-only procedure`);
    }
    if (word === 'IN' && tokens[i + 1]?.text.toUpperCase() === 'TRANSACTIONS') throw refuse('IN TRANSACTIONS batches writes');
  });
}
