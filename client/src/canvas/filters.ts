// Show or hide kinds and relation types; each checkbox shows how many are on the canvas.
import { ENTITY_KIND_NAMES, ENTITY_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES } from '../../../graph/schema.js';
import { h, replaceChildren } from '../ui/dom.js';
import { ENTITY, RELATION, type GraphView } from './graph-view.js';
import { kindLabel, relationLabel } from './labels.js';

export class Filters {
  private readonly hiddenKinds = new Set<string>();
  private readonly hiddenTypes = new Set<string>();

  constructor(private readonly view: GraphView, private readonly root: HTMLElement) {}

  /** Re-applies the hidden sets to the canvas and redraws the counts. */
  refresh(): void {
    const cy = this.view.cy;
    cy.batch(() => {
      cy.elements().removeClass('filtered');
      const hiddenNodes = cy.nodes(ENTITY).filter((n) => this.hiddenKinds.has(n.data('kind') as string));
      hiddenNodes.union(hiddenNodes.connectedEdges()).addClass('filtered');
      cy.edges(RELATION).filter((e) => this.hiddenTypes.has(e.data('type') as string)).addClass('filtered');
    });
    this.render();
  }

  private render(): void {
    const cy = this.view.cy;
    const lang = this.view.lang;
    const kindCounts = countBy(cy.nodes(ENTITY).map((n) => n.data('kind') as string));
    const typeCounts = countBy(cy.edges(RELATION).map((e) => e.data('type') as string));
    const kinds = ENTITY_KIND_NAMES.map((kind) =>
      this.checkbox(`filter-kind-${kind}`, kindLabel(kind, lang), ENTITY_KINDS[kind].color, kindCounts.get(kind) ?? 0, this.hiddenKinds, kind));
    const types = RELATION_TYPE_NAMES.map((type) =>
      this.checkbox(`filter-type-${type}`, relationLabel(type, lang), RELATION_TYPES[type].color, typeCounts.get(type) ?? 0, this.hiddenTypes, type));
    replaceChildren(
      this.root,
      h('fieldset', {}, h('legend', {}, 'Kinds'), ...kinds),
      h('fieldset', {}, h('legend', {}, 'Relations'), ...types),
    );
  }

  private checkbox(testId: string, label: string, color: string, count: number, hidden: Set<string>, key: string): HTMLElement {
    const input = h('input', { type: 'checkbox', 'data-testid': testId, checked: !hidden.has(key), disabled: count === 0 && !hidden.has(key) });
    input.addEventListener('change', () => {
      if (input.checked) hidden.delete(key);
      else hidden.add(key);
      this.refresh();
      this.view.notify();
    });
    return h('label', { class: count === 0 ? 'filter empty' : 'filter' },
      input, h('span', { class: 'swatch', style: `background:${color}` }), label, h('span', { class: 'count' }, String(count)));
  }
}

function countBy(values: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
