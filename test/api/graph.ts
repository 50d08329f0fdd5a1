// The small hand-written graph in a real in-memory Grafeo store, served on port 0.
import { GrafeoStore } from '../../graph/store/grafeo.js';
import type { ApiConfig } from '../../server/api/config.js';
import { type Fixture, startFixture } from './fixture.js';
import { writeSmallGraph } from './small-graph.js';

export async function smallGraphServer(config: Partial<ApiConfig> = {}): Promise<Fixture> {
  const store = GrafeoStore.open();
  await store.init();
  await writeSmallGraph(store);
  return startFixture(store, config);
}

export function json(body: unknown): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

export const enc = encodeURIComponent;
