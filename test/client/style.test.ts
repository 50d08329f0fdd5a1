import { describe, expect, it } from 'vitest';
import { ENTITY_KIND_NAMES, ENTITY_KINDS, RELATION_TYPE_NAMES, RELATION_TYPES } from '../../graph/schema.js';
import { graphStyle, sizeForDegree } from '../../client/src/canvas/style.js';

describe('When the canvas style is built from the schema', () => {
  const rules = graphStyle() as Array<{ selector: string; style: Record<string, unknown> }>;

  it('then every kind has its colour and shape and every relation its colour', () => {
    for (const kind of ENTITY_KIND_NAMES) {
      const rule = rules.find((r) => r.selector === `node[kind = "${kind}"]`);
      expect(rule?.style).toMatchObject({ 'background-color': ENTITY_KINDS[kind].color, shape: ENTITY_KINDS[kind].shape });
    }
    for (const type of RELATION_TYPE_NAMES) {
      expect(rules.find((r) => r.selector === `edge[type = "${type}"]`)?.style['line-color']).toBe(RELATION_TYPES[type].color);
    }
  });

  it('then node size grows with degree but stays bounded', () => {
    const sizes = [0, 1, 5, 50, 5000].map(sizeForDegree);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
    expect(sizes[1]).toBeGreaterThan(sizes[0]);
    expect(sizes[4]).toBeLessThanOrEqual(100);
  });
});
