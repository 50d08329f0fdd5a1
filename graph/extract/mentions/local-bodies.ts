// Bodies a report names by their level alone (市委, 市人民政府, 县政协, 省委) are the
// bodies of its own places: 晋中市委 in a report about 晋中, 山西省委 above it.
// Named so, a graph of many reports keeps each city's committee apart instead of
// joining every 市委 into one node; the bare form stays as an alias.
import { entityId } from '../../schema.js';
import { placeAncestors } from '../places/index.js';
import type { Entity } from '../types.js';
import type { MergeResult } from './merge.js';

// A level character opening a body's name, not a word such as 市场, 区域, 县级, 省内.
const LEVEL_OPENING = /^([省市县区州盟旗])(?![场域级内外直属辖])/;

/** The document's place and those containing it, nearest first, by name. */
function placeChain(place: Entity): string[] {
  const ancestors = place.divisionCode ? placeAncestors(place.divisionCode).map((p) => p.name) : [];
  return [place.name, ...ancestors];
}

/** Whether a body's name opens with a level character alone (市委, 县人民政府): one place's body, unnamed. */
export function isLevelNamed(name: string): boolean {
  return name.length > 1 && LEVEL_OPENING.test(name);
}

/** The name of the body `name` in the nearest place of its level, if the chain holds one. */
function qualified(name: string, chain: readonly string[]): string | undefined {
  if (!isLevelNamed(name)) return undefined;
  const level = name[0];
  // 区 is a district, not an autonomous region (whose bodies are written 自治区党委).
  const place = chain.find((p) => p.endsWith(level) && !p.endsWith('自治区'));
  return place === undefined ? undefined : place + name.slice(1);
}

/**
 * Renames the document's level-only organizations after its own places, merging
 * one into an entity of the full name when the text also writes that.
 */
export function qualifyLocalBodies(merged: MergeResult, documentPlace: string | undefined): MergeResult {
  const place = merged.entities.find((e) => e.id === documentPlace);
  if (place === undefined) return merged;
  const chain = placeChain(place);
  const renamed = new Map<string, { id: string; name: string }>();
  for (const e of merged.entities) {
    const name = e.kind === 'Organization' ? qualified(e.name, chain) : undefined;
    if (name !== undefined) renamed.set(e.id, { id: entityId(e.kind, name), name });
  }
  if (renamed.size === 0) return merged;
  const entities: Entity[] = [];
  const kept = new Map<string, Entity>();
  for (const e of merged.entities) {
    const to = renamed.get(e.id);
    const id = to?.id ?? e.id;
    const target = kept.get(id);
    if (target === undefined) {
      const entity = to === undefined ? e : { ...e, id, name: to.name, aliases: [e.name, ...e.aliases] };
      kept.set(id, entity);
      entities.push(entity);
      continue;
    }
    // The text writes the full name too: one entity, the full name's.
    kept.set(id, Object.assign(target, {
      mentions: target.mentions + e.mentions,
      aliases: [...new Set([...target.aliases, e.name, ...e.aliases])].filter((a) => a !== target.name),
    }));
  }
  return { entities, entityOf: merged.entityOf.map((id) => renamed.get(id)?.id ?? id) };
}
