import { describe, expect, it } from 'vitest';
import { communities, forcePositions } from '../../client/src/canvas/force-layout.js';

/** Two rings of `size` nodes with chords, joined by one link: two clear communities. */
function twoClusters(size: number): Array<[number, number]> {
  const links: Array<[number, number]> = [];
  for (const offset of [0, size]) {
    for (let i = 0; i < size; i++) {
      links.push([offset + i, offset + ((i + 1) % size)], [offset + i, offset + ((i + 3) % size)]);
    }
  }
  links.push([0, size]);
  return links;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('When a big graph is laid out over plain arrays', () => {
  it('then label propagation puts each cluster in a community of its own', () => {
    const labels = communities(40, twoClusters(20));
    expect(new Set(labels.slice(0, 20)).size).toBe(1);
    expect(new Set(labels.slice(20)).size).toBe(1);
    expect(labels[0]).not.toBe(labels[20]);
  });

  it('then clusters end apart, no two nodes share a point, and pinned nodes stay put', () => {
    const links = twoClusters(30);
    const nodes = Array.from({ length: 61 }, (_, i) => ({ x: i === 60 ? 500 : 0, y: 0, fixed: i === 60 }));
    const positions = forcePositions({ nodes, links }, { ticks: 50, keepPositions: false });
    expect(positions[60]).toEqual({ x: 500, y: 0 });
    const centre = (from: number) => ({
      x: positions.slice(from, from + 30).reduce((sum, p) => sum + p.x, 0) / 30,
      y: positions.slice(from, from + 30).reduce((sum, p) => sum + p.y, 0) / 30,
    });
    const spread = (from: number) => positions.slice(from, from + 30).reduce((sum, p) => sum + distance(p, centre(from)), 0) / 30;
    expect(distance(centre(0), centre(30))).toBeGreaterThan(spread(0) + spread(30));
    const points = new Set(positions.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`));
    expect(points.size).toBe(positions.length);
  });

  it('then an incremental layout starts from the given positions', () => {
    const nodes = [{ x: 1000, y: 1000 }, { x: 1040, y: 1000 }];
    const positions = forcePositions({ nodes, links: [[0, 1]] }, { ticks: 5, keepPositions: true });
    expect(distance(positions[0], { x: 1000, y: 1000 })).toBeLessThan(100);
  });
});
