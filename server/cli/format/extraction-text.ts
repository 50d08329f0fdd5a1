// The readable summary `kg extract --format text` prints: documents, then
// entities grouped by kind, relations grouped by type, then facts.
import { ENTITY_KIND_NAMES, RELATION_TYPE_NAMES } from '../../../graph/schema.js';
import type { Extraction } from '../../../graph/extract/types.js';

export function formatExtractionText(x: Extraction): string {
  const lines: string[] = [];
  for (const d of x.documents) {
    lines.push(`Document ${d.id}  ${d.file}  "${d.title}"  ${d.language}, ${d.chars} chars${d.place ? `, about ${d.place}` : ''}`);
  }
  const nameOf = new Map(x.entities.map((e) => [e.id, e.name]));
  for (const kind of ENTITY_KIND_NAMES) {
    const list = x.entities.filter((e) => e.kind === kind).sort((a, b) => b.mentions - a.mentions);
    if (list.length === 0) continue;
    lines.push('', `${kind} (${list.length})`);
    for (const e of list) {
      const extra = [e.divisionCode, e.aliases.length ? `aka ${e.aliases.join(', ')}` : ''].filter(Boolean).join('; ');
      lines.push(`  ${e.name}  ×${e.mentions}${extra ? `  (${extra})` : ''}`);
    }
  }
  for (const type of RELATION_TYPE_NAMES) {
    const list = x.relations.filter((r) => r.type === type);
    if (list.length === 0) continue;
    lines.push('', `${type} (${list.length})`);
    for (const r of list) lines.push(`  ${nameOf.get(r.from) ?? r.from} → ${nameOf.get(r.to) ?? r.to}`);
  }
  if (x.facts.length > 0) {
    lines.push('', `Facts (${x.facts.length})`);
    for (const f of x.facts) {
      lines.push(`  ${nameOf.get(f.subject) ?? f.subject}  ${f.indicator}  ${f.fall ? '−' : ''}${f.value} ${f.unit}  ${f.measure}${f.year ? `  ${f.year}` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
