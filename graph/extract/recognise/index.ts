// Every recogniser of the non-place kinds, run over each sentence in turn.
import type { Mention, RecogniseContext, Recogniser, Sentence } from '../types.js';
import { enterpriseRecogniser } from './enterprise.js';
import { industryRecogniser } from './industry.js';
import { organizationRecogniser } from './organization.js';
import { personRecogniser } from './person.js';
import { policyRecogniser } from './policy.js';
import { projectRecogniser } from './project.js';
import { segmentSentences } from './span-tools.js';
import { zoneRecogniser } from './zone.js';

export const recognisers: readonly Recogniser[] = [
  industryRecogniser,
  policyRecogniser,
  zoneRecogniser,
  enterpriseRecogniser,
  organizationRecogniser,
  projectRecogniser,
  personRecogniser,
];

export function recogniseAll(sentences: readonly Sentence[], context: RecogniseContext): Mention[] {
  const out: Mention[] = [];
  segmentSentences(sentences);
  for (const sentence of sentences) {
    for (const r of recognisers) out.push(...r.recognise(sentence, context));
  }
  return out;
}
