// Property types shared by the typed exporters (GraphML keys, CSV headers).
export type ValueType = 'boolean' | 'long' | 'double' | 'string' | 'long[]' | 'double[]' | 'string[]';

function scalarType(v: unknown): 'boolean' | 'long' | 'double' | 'string' {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

function widen(a: string, b: string): string {
  if (a === b) return a;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** The narrowest type that holds every value a key takes across the items. */
export function propertyTypes(items: Array<Record<string, unknown>>): Map<string, ValueType> {
  const types = new Map<string, string>();
  for (const props of items) {
    for (const [key, value] of Object.entries(props)) {
      if (value === null || value === undefined) continue;
      let type: string;
      if (Array.isArray(value)) {
        const inner = value.map(scalarType).reduce<string | null>((t, x) => (t === null ? x : widen(t, x)), null) ?? 'string';
        type = `${inner === 'boolean' ? 'string' : inner}[]`;
      } else type = scalarType(value);
      const known = types.get(key);
      types.set(key, known === undefined ? type : known.endsWith('[]') === type.endsWith('[]') ? widenAll(known, type) : 'string');
    }
  }
  return new Map([...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) as Array<[string, ValueType]>);
}

function widenAll(a: string, b: string): string {
  if (a.endsWith('[]')) return `${widen(a.slice(0, -2), b.slice(0, -2))}[]`;
  return widen(a, b);
}
