// The details panel: what is known about the selected entity or relation.
import type { EdgeSingular, NodeSingular } from 'cytoscape';
import { ENTITY_KINDS, type EntityKind, type RelationType } from '../../../graph/schema.js';
import type { ApiFact, Evidence, NodeDetails } from '../api-client/schemas.js';
import { kindLabel, relationLabel, type Lang } from '../canvas/labels.js';
import { button, h, replaceChildren } from '../ui/dom.js';
import { highlightSegments } from './highlight.js';

export interface NodeActions {
  expand: () => void;
  more: () => void;
  collapse: () => void;
  hide: () => void;
  pin: () => void;
}

export function showMessage(root: HTMLElement, message: string): void {
  replaceChildren(root, h('p', { class: 'hint' }, message));
}

function kindBadge(kind: EntityKind, lang: Lang): HTMLElement {
  return h('span', { class: 'badge', style: `background:${ENTITY_KINDS[kind].color}`, 'data-testid': 'kind-badge' }, kindLabel(kind, lang));
}

function field(label: string, ...value: (Node | string)[]): HTMLElement[] {
  return [h('dt', {}, label), h('dd', {}, ...value)];
}

function display(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

const FACT_COLUMNS = ['indicator', 'value', 'unit', 'measure', 'year'] as const;

/** Facts as a table; the sentence each comes from is its tooltip. */
function factsTable(facts: ApiFact[]): HTMLElement {
  if (facts.length === 0) return h('p', { class: 'hint' }, 'No facts recorded.');
  return h('table', { class: 'facts', 'data-testid': 'facts-table' },
    h('thead', {}, h('tr', {}, ...FACT_COLUMNS.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...facts.map((fact) => h('tr', { title: fact.sentence ?? undefined }, ...FACT_COLUMNS.map((c) => h('td', {}, cell(fact, c)))))));
}

/** A fall is shown signed (−2.1): the stored value is the figure as written (下降2.1%). */
function cell(fact: ApiFact, column: (typeof FACT_COLUMNS)[number]): string {
  return column === 'value' && fact.fall ? `−${fact.value}` : display(fact[column]);
}

export function renderNode(root: HTMLElement, node: NodeSingular, details: NodeDetails | null, remaining: number, lang: Lang, actions: NodeActions): void {
  const kind = node.data('kind') as EntityKind;
  const aliases = (node.data('aliases') as string[]).filter((a) => a !== node.data('name'));
  const props = details?.node.properties ?? {};
  const divisionCode = display(props.divisionCode ?? node.data('divisionCode'));
  const degree = details ? Object.entries(details.degree) : [];
  const documents = details?.documents ?? [];
  replaceChildren(
    root,
    h('h2', { 'data-testid': 'details-name' }, node.data('name') as string),
    kindBadge(kind, lang),
    node.data('nameEn') ? h('p', { class: 'name-en' }, node.data('nameEn') as string) : null,
    h('div', { class: 'actions', role: 'group', 'aria-label': 'Node actions' },
      button('Expand', { 'data-testid': 'expand-button', title: 'Add neighbours (Enter)' }, actions.expand),
      remaining > 0 ? button(`+${remaining} more`, { 'data-testid': 'expand-more' }, actions.more) : null,
      button('Collapse', { 'data-testid': 'collapse-button' }, actions.collapse),
      button('Hide', { 'data-testid': 'hide-button', title: 'Hide (Delete)' }, actions.hide),
      button(node.locked() ? 'Unpin' : 'Pin', { 'data-testid': 'pin-button', title: 'Pin in place (P)' }, actions.pin)),
    h('dl', {},
      ...field('Id', node.id()),
      ...(aliases.length ? field('Aliases', aliases.join(' · ')) : []),
      ...(divisionCode ? field('Division code', divisionCode) : []),
      ...(degree.length ? field('Links', degree.map(([t, n]) => `${t} ${n}`).join(' · ')) : [])),
    h('h3', {}, 'Facts'),
    details ? factsTable(details.facts) : h('p', { class: 'hint' }, 'Loading…'),
    h('h3', {}, `Documents (${documents.length})`),
    h('ul', { class: 'documents', 'data-testid': 'details-documents' },
      ...documents.map((doc) => h('li', { title: doc.file }, `${doc.title || doc.file} (${doc.mentions}×)`))),
  );
}

export function renderEdge(root: HTMLElement, edge: EdgeSingular, lang: Lang, titles: ReadonlyMap<string, string> = new Map()): void {
  const source = edge.source();
  const target = edge.target();
  const terms = [source, target].flatMap((n) => [n.data('name') as string, ...((n.data('aliases') as string[]) ?? [])]);
  const evidence = edge.data('evidence') as Evidence[];
  const total = Math.max(evidence.length, (edge.data('evidenceTotal') as number | undefined) ?? 0);
  replaceChildren(
    root,
    h('h2', {}, relationLabel(edge.data('type') as RelationType, lang)),
    h('p', { class: 'edge-ends', 'data-testid': 'edge-ends' }, `${source.data('label') as string} → ${target.data('label') as string}`),
    h('h3', { 'data-testid': 'evidence-count' }, `Evidence (${total})`),
    evidence.length === 0
      ? h('p', { class: 'hint' }, 'No evidence sentence recorded.')
      : h('ol', { class: 'evidence' },
        ...evidence.map((item) =>
          h('li', { 'data-testid': 'evidence-sentence' },
            ...highlightSegments(item.sentence, terms).map((s) => (s.mark ? h('mark', {}, s.text) : s.text)),
            item.document ? h('span', { class: 'source', title: item.document }, ` — ${titles.get(item.document) ?? item.document}`) : null))),
    total > evidence.length ? h('p', { class: 'hint', 'data-testid': 'evidence-more' }, `Loading the other ${total - evidence.length}…`) : null,
  );
}
