// The view in the URL hash, so a link reopens it: nodes on the canvas, the
// selected node, the label language and the layout.
import type { Lang } from '../canvas/labels.js';
import { isLayoutName, type LayoutName } from '../canvas/layouts.js';

export interface ViewState {
  nodes: string[];
  selected: string | null;
  lang: Lang;
  layout: LayoutName;
}

/** Links stay shareable: a bigger canvas keeps its first nodes in the URL. */
export const MAX_URL_NODES = 200;

/** Ids are `Kind:name` and may contain commas, so each one is its own `n` parameter. */
export function encodeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const id of state.nodes.slice(0, MAX_URL_NODES)) params.append('n', id);
  if (state.selected) params.set('sel', state.selected);
  if (state.lang !== 'zh') params.set('lang', state.lang);
  if (state.layout !== 'fcose') params.set('layout', state.layout);
  return params.toString();
}

export function decodeState(hash: string): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const layout = params.get('layout') ?? '';
  return {
    nodes: params.getAll('n').filter((id) => id.length > 0),
    selected: params.get('sel'),
    lang: params.get('lang') === 'en' ? 'en' : 'zh',
    layout: isLayoutName(layout) ? layout : 'fcose',
  };
}

/** Writes the state without adding a history entry for every click. */
export function saveState(state: ViewState): void {
  const hash = encodeState(state);
  if (location.hash.replace(/^#/, '') !== hash) history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
}
