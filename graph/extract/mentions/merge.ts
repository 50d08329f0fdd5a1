// Merges mentions into entities: one entity per real thing, within a document
// and (through the same keys) across documents. Places merge on their division
// code; everything else on a normalised name or alias of the same kind, so a
// short brand named after its full company name joins the company.
import { ENTITY_KINDS, entityId, type EntityKind } from '../../schema.js';
import type { Entity, Mention } from '../types.js';

/** Only Han ideographs (which NFKC keeps) and ASCII letters and digits: nothing to fold but case. */
function isPlainName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const plain = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
    if (!plain) return false;
  }
  return true;
}

/** Case, width and punctuation folded, so “156” and "156" are one name. */
export function nameKey(name: string): string {
  if (isPlainName(name)) return name.toLowerCase();
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s《》〈〉“”"'‘’「」『』()（）[\]【】,，、。.:：;；!！?？·\-—–_]/g, '');
}

/** nameKey remembered for one merge: a document repeats its names, and NFKC normalization is the dear part. */
function keyMemo(): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = nameKey(name)));
    return key;
  };
}

const CJK = /[\u3400-\u9fff]/;

/** The canonical name: the fullest Chinese form where there is one, else the commonest English form. */
function canonicalName(counts: Map<string, number>, preferred?: string): string {
  if (preferred) return preferred;
  const names = [...counts.keys()];
  const chinese = names.filter((n) => CJK.test(n));
  const pool = chinese.length > 0 ? chinese : names;
  return pool.reduce((best, n) => {
    const c = counts.get(n)!;
    const b = counts.get(best)!;
    if (chinese.length > 0) return n.length > best.length || (n.length === best.length && c > b) ? n : best;
    return c > b || (c === b && n.length > best.length) ? n : best;
  });
}

interface Group {
  kind: EntityKind;
  /** Surface forms and names with how often each was used. */
  names: Map<string, number>;
  aliases: Set<string>;
  mentions: number;
  placeName?: string;
  nameEn?: string;
  divisionCode?: string;
  level?: Entity['level'];
}

function groupKey(m: Mention, key: (name: string) => string): string {
  return m.place?.divisionCode ? `code:${m.place.divisionCode}` : `${m.kind}|${key(m.name)}`;
}

function addMention(g: Group, m: Mention): void {
  g.mentions += 1;
  g.names.set(m.name, (g.names.get(m.name) ?? 0) + 1);
  if (m.surface !== m.name) g.aliases.add(m.surface);
  for (const a of m.aliases ?? []) g.aliases.add(a);
  if (m.place?.divisionCode) {
    g.placeName = m.name;
    g.divisionCode = m.place.divisionCode;
    g.level = m.place.level;
    g.nameEn = g.nameEn ?? m.place.nameEn;
  }
}

/** Place names, with the characters they start with, for finding them at the front of other names. */
interface PlaceForms {
  forms: ReadonlySet<string>;
  firstChars: ReadonlySet<string>;
}

function placeFormsOf(mentions: readonly Mention[]): PlaceForms {
  const forms = new Set<string>();
  const firstChars = new Set<string>();
  for (const m of mentions) {
    if (!ENTITY_KINDS[m.kind].place) continue;
    for (const form of [m.surface, m.name]) {
      forms.add(form);
      firstChars.add(form[0]);
    }
  }
  return { forms, firstChars };
}

/** The name without a leading place name, when what is left is still a name (山西某谷 → 某谷). */
function withoutPlacePrefix(name: string, places: PlaceForms): string[] {
  const out: string[] = [];
  if (!places.firstChars.has(name[0])) return out;
  for (let i = 2; i <= Math.min(8, name.length - 3); i++) {
    if (places.forms.has(name.slice(0, i))) out.push(name.slice(i));
  }
  return out;
}

/**
 * Folds groups of one kind whose name is another group's alias into that
 * group (a brand into its company, an abbreviation into the full name, a
 * zone named without its place into the zone named with it). Returns the key
 * each folded group went into.
 */
function foldAliases(groups: Map<string, Group>, places: PlaceForms, nameKey: (name: string) => string): Map<string, string> {
  // By kind, then by name key: a name only folds into a group of its own kind.
  const byAlias = new Map<EntityKind, Map<string, string>>();
  for (const [key, g] of groups) {
    if (g.divisionCode) continue;
    let ofKind = byAlias.get(g.kind);
    if (!ofKind) byAlias.set(g.kind, (ofKind = new Map()));
    for (const a of g.aliases) ofKind.set(nameKey(a), key);
    for (const n of g.names.keys()) {
      for (const short of withoutPlacePrefix(n, places)) {
        const k = nameKey(short);
        if (!ofKind.has(k)) ofKind.set(k, key);
      }
    }
  }
  const foldedInto = new Map<string, string>();
  for (const [key, g] of groups) {
    if (g.divisionCode) continue;
    const ofKind = byAlias.get(g.kind)!;
    let target: string | undefined;
    for (const n of g.names.keys()) {
      const t = ofKind.get(nameKey(n));
      if (t && t !== key) {
        target = t;
        break;
      }
    }
    if (!target) continue;
    const into = groups.get(target);
    if (!into) continue;
    for (const [n, c] of g.names) into.names.set(n, (into.names.get(n) ?? 0) + c);
    for (const a of g.aliases) into.aliases.add(a);
    into.mentions += g.mentions;
    groups.delete(key);
    foldedInto.set(key, target);
  }
  return foldedInto;
}

export interface MergeResult {
  entities: Entity[];
  /** The entity id of every mention, by position in the input list. */
  entityOf: string[];
}

export function mergeMentions(mentions: readonly Mention[]): MergeResult {
  const groups = new Map<string, Group>();
  const keyOfName = keyMemo();
  const groupKeys = mentions.map((m) => groupKey(m, keyOfName));
  for (const [i, m] of mentions.entries()) {
    const key = groupKeys[i];
    let g = groups.get(key);
    if (!g) {
      g = { kind: m.kind, names: new Map(), aliases: new Set(), mentions: 0 };
      groups.set(key, g);
    }
    addMention(g, m);
  }
  const foldedInto = foldAliases(groups, placeFormsOf(mentions), keyOfName);

  const idOfGroup = new Map<string, string>();
  const entities: Entity[] = [];
  for (const [key, g] of groups) {
    const name = canonicalName(g.names, g.placeName);
    const aliases = new Set(g.names.keys());
    for (const a of g.aliases) aliases.add(a);
    if (g.nameEn) aliases.add(g.nameEn);
    aliases.delete(name);
    const entity: Entity = { id: entityId(g.kind, name), kind: g.kind, name, aliases: [...aliases], mentions: g.mentions };
    if (g.nameEn) entity.nameEn = g.nameEn;
    if (g.divisionCode) entity.divisionCode = g.divisionCode;
    if (g.level) entity.level = g.level;
    entities.push(entity);
    idOfGroup.set(key, entity.id);
  }
  const entityOf = groupKeys.map((k) => {
    // A group folded into one that was folded later still ends in a group that was kept.
    for (let into = foldedInto.get(k); into !== undefined; into = foldedInto.get(k)) k = into;
    return idOfGroup.get(k)!;
  });
  return { entities, entityOf };
}
