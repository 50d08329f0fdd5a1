import { describe, expect, it } from 'vitest';
import { decodeState, encodeState } from '../../client/src/url-state/url-state.js';

describe('When the view is written to the URL and read back', () => {
  it('then ids with commas, ampersands and markup survive', () => {
    const state = { nodes: ['City:甲市', 'Enterprise:A&B, Ltd.', 'Enterprise:<img src=x>'], selected: 'City:甲市', lang: 'en' as const, layout: 'dagre' as const };
    expect(decodeState(`#${encodeState(state)}`)).toEqual(state);
  });

  it('then defaults are left out and unknown values fall back', () => {
    expect(encodeState({ nodes: [], selected: null, lang: 'zh', layout: 'fcose' })).toBe('');
    expect(decodeState('#layout=spiral&lang=fr')).toEqual({ nodes: [], selected: null, lang: 'zh', layout: 'fcose' });
  });
});
