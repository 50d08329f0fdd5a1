// Notices that issue a plan (关于印发《…行动计划（2024—2026年）》的通知): their
// dating, their programmes and the official phrases around them, each in a
// short text written for the test and run through the whole extractor.
import { describe, expect, it } from 'vitest';
import { extractSource } from '../../graph/extract/pipeline.js';
import type { Extraction } from '../../graph/extract/types.js';

async function extract(text: string): Promise<Extraction> {
  return (await extractSource({ file: 'notice.txt', bytes: Buffer.from(text) })).extraction;
}

const named = (x: Extraction, kind: string) => x.entities.filter((e) => e.kind === kind).map((e) => e.name);

const NOTICE = `关于印发《宜春市推动制造业发展三年行动计划（2024—2026年）》的通知

为落实省级部署，现将行动计划印发给你们。
到2026年，新增国家级专精特新企业20家。实施“链长制”，培育现代家居产业集群。`;

describe('a notice that issues a plan', () => {
  it('dates its figures as targets of a plan that starts after the year it looks back from', async () => {
    const x = await extract(NOTICE);
    expect(x.facts.map((f) => [f.value, f.measure, f.year])).toEqual([[20, 'target', 2026]]);
  });

  it('finds chief systems as programmes and furnishing as an industry, and takes no official phrase for a programme', async () => {
    const x = await extract(NOTICE);
    expect(named(x, 'Policy')).toContain('链长制');
    expect(named(x, 'Policy').some((p) => p.startsWith('现将'))).toBe(false);
    expect(named(x, 'Industry')).toContain('家居');
  });
});
