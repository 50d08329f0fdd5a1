// The legend: every kind's colour and shape, every relation's colour, from the schema.
import { ENTITY_KIND_NAMES, ENTITY_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES } from '../../../graph/schema.js';
import { h, replaceChildren } from '../ui/dom.js';
import { kindLabel, relationLabel, type Lang } from './labels.js';

export function renderLegend(root: HTMLElement, lang: Lang): void {
  replaceChildren(
    root,
    ...ENTITY_KIND_NAMES.map((kind) =>
      h('li', {}, h('span', { class: `glyph shape-${ENTITY_KINDS[kind].shape}`, style: `background:${ENTITY_KINDS[kind].color}` }), kindLabel(kind, lang))),
    ...RELATION_TYPE_NAMES.map((type) =>
      h('li', {}, h('span', { class: 'line', style: `background:${RELATION_TYPES[type].color}` }), relationLabel(type, lang))),
  );
}
