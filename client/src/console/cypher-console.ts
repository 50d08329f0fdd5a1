// The Cypher console: a CodeMirror editor with Cypher highlighting, a run button
// (Ctrl+Enter), history, results as a table, and errors shown at their position.
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { StreamLanguage } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { setDiagnostics } from '@codemirror/lint';
import type { Text } from '@codemirror/state';
import { query } from '../api-client/api.js';
import { ApiError, type ErrorPosition } from '../api-client/http.js';
import type { Subgraph } from '../api-client/schemas.js';
import { h, replaceChildren } from '../ui/dom.js';
import { loadHistory, remember } from './history.js';
import { resultsTable } from './results-table.js';

export interface ConsoleElements {
  editor: HTMLElement;
  run: HTMLButtonElement;
  add: HTMLButtonElement;
  history: HTMLSelectElement;
  error: HTMLElement;
  results: HTMLElement;
}

const EXAMPLE = 'MATCH (p:City)-[r:HAS_INDUSTRY]->(i:Industry)\nRETURN p, r, i\nLIMIT 25';

/** Offset in the editor of an error position, clamped to the text. */
export function offsetOf(doc: Text, position: ErrorPosition): number {
  if (position.offset !== undefined) return Math.min(Math.max(0, position.offset), doc.length);
  if (position.line !== undefined) {
    const line = doc.line(Math.min(Math.max(1, position.line), doc.lines));
    return Math.min(line.from + Math.max(0, (position.column ?? 1) - 1), line.to);
  }
  return 0;
}

export function attachConsole(elements: ConsoleElements, addToCanvas: (graph: Subgraph) => void): { focus: () => void } {
  let lastGraph: Subgraph | null = null;

  const runQuery = async () => {
    const text = editor.state.doc.toString().trim();
    if (!text) return;
    elements.run.disabled = true;
    elements.error.hidden = true;
    editor.dispatch(setDiagnostics(editor.state, []));
    try {
      const result = await query(text);
      fillHistory(remember(text));
      lastGraph = result.graph;
      elements.add.disabled = result.graph.nodes.length === 0;
      replaceChildren(elements.results, resultsTable(result));
    } catch (error) {
      showError(error);
    } finally {
      elements.run.disabled = false;
    }
  };

  const showError = (error: unknown) => {
    const position = error instanceof ApiError ? error.position : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const where = position?.line !== undefined ? ` (line ${position.line}, column ${position.column ?? 1})` : '';
    replaceChildren(elements.error, h('strong', {}, 'Query failed'), `${where}: ${message}`);
    elements.error.hidden = false;
    if (position) {
      const from = offsetOf(editor.state.doc, position);
      const to = Math.min(from + 1, editor.state.doc.length);
      editor.dispatch(setDiagnostics(editor.state, [{ from, to, severity: 'error', message }]));
    }
  };

  const editor = new EditorView({
    parent: elements.editor,
    doc: EXAMPLE,
    extensions: [
      basicSetup,
      StreamLanguage.define(cypher),
      keymap.of([{ key: 'Mod-Enter', run: () => (void runQuery(), true) }]),
      EditorView.contentAttributes.of({ 'aria-label': 'Cypher query', 'data-testid': 'console-input' }),
    ],
  });

  const fillHistory = (entries: string[]) => {
    replaceChildren(elements.history, h('option', { value: '' }, entries.length ? 'Earlier queries…' : 'No history yet'),
      ...entries.map((q) => h('option', { value: q }, q.replace(/\s+/g, ' ').slice(0, 80))));
  };
  fillHistory(loadHistory());

  elements.history.addEventListener('change', () => {
    const chosen = elements.history.value;
    if (chosen) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: chosen } });
    elements.history.value = '';
    editor.focus();
  });
  elements.run.addEventListener('click', () => void runQuery());
  elements.add.addEventListener('click', () => lastGraph && addToCanvas(lastGraph));
  return { focus: () => editor.focus() };
}
