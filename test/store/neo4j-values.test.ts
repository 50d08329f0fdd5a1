import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  collectEndpoints, collectNodeIds, integerValue, neo4jValue, nodeValue, pathValue, relationshipValue, temporalValue, toNeo4jParam,
} from '../../graph/store/neo4j-values.js';

const { Node, Relationship, Path, PathSegment, Integer, Date: Neo4jDate, DateTime, Duration } = neo4j.types;

const city = new Node(neo4j.int(1), ['Entity', 'City'], { id: 'City:甲市', name: '甲市', aliases: ['甲'] }, '4:x:1');
const county = new Node(neo4j.int(2), ['County', 'Entity'], { id: 'County:乙县', starts: [neo4j.int(3)] }, '4:x:2');
const partOf = new Relationship(neo4j.int(9), neo4j.int(2), neo4j.int(1), 'PART_OF', { documents: ['d1'], starts: [neo4j.int(0)] }, '5:x:9', '4:x:2', '4:x:1');

describe('Neo4j value mappers', () => {
  it('maps integers to numbers, or to strings past 2^53', () => {
    expect(integerValue(neo4j.int(42))).toBe(42);
    expect(integerValue(Integer.fromString('9007199254740993'))).toBe('9007199254740993');
  });

  it('maps a node to its id property, sorted labels and plain properties', () => {
    expect(nodeValue(county)).toEqual({ id: 'County:乙县', labels: ['County', 'Entity'], properties: { id: 'County:乙县', starts: [3] } });
    const bare = new Node(neo4j.int(3), ['X'], {}, '4:x:3');
    expect(nodeValue(bare).id).toBe('4:x:3');
  });

  it('maps a relationship with its ends resolved through the lookup', () => {
    const ids = new Map([['4:x:1', 'City:甲市'], ['4:x:2', 'County:乙县']]);
    expect(relationshipValue(partOf, (e) => ids.get(e) ?? e)).toEqual({
      id: '5:x:9', type: 'PART_OF', source: 'County:乙县', target: 'City:甲市', properties: { documents: ['d1'], starts: [0] },
    });
  });

  it('maps a path to its nodes in order and its edges', () => {
    const path = new Path(county, city, [new PathSegment(county, partOf, city)]);
    const mapped = pathValue(path, (e) => (e === '4:x:1' ? 'City:甲市' : 'County:乙县'));
    expect(mapped.nodes.map((n) => n.id)).toEqual(['County:乙县', 'City:甲市']);
    expect(mapped.edges[0]).toMatchObject({ source: 'County:乙县', target: 'City:甲市' });
  });

  it('maps temporal values to ISO text', () => {
    expect(temporalValue(new Neo4jDate(2024, 3, 5))).toBe('2024-03-05');
    expect(neo4jValue(new DateTime(2024, 3, 5, 10, 0, 0, 0, 0))).toBe('2024-03-05T10:00:00Z');
    const d = new Duration(0, 1, 0, 0);
    expect(neo4jValue(d)).toBe(d.toString());
  });

  it('walks lists and maps, and finds node ids and relationship ends', () => {
    const row = { n: city, r: partOf, nested: [{ m: county }], count: neo4j.int(2) };
    expect(neo4jValue(row)).toMatchObject({ count: 2, nested: [{ m: { id: 'County:乙县' } }] });
    const ids = new Map<string, string>();
    collectNodeIds(row, ids);
    expect([...ids.values()].sort()).toEqual(['City:甲市', 'County:乙县']);
    const ends = new Set<string>();
    collectEndpoints(row, ends);
    expect([...ends].sort()).toEqual(['4:x:1', '4:x:2']);
  });

  it('sends whole numbers as Integers and keeps fractions', () => {
    const p = toNeo4jParam({ limit: 10, value: 1.5, ids: [1, 2] }) as Record<string, unknown>;
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(p.value).toBe(1.5);
    expect((p.ids as unknown[]).every((x) => neo4j.isInt(x))).toBe(true);
  });
});
