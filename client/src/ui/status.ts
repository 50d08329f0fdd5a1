// Page-level state shown to the user: counts, loading, an unreachable API, an empty canvas.
import { ApiError, onReachabilityChange } from '../api-client/http.js';
import { onBusyChange } from './busy.js';
import { button, byId, h, replaceChildren } from './dom.js';

export function statusText(nodes: number, edges: number): string {
  return `${nodes} node${nodes === 1 ? '' : 's'} · ${edges} edge${edges === 1 ? '' : 's'}`;
}

export function setStatus(nodes: number, edges: number): void {
  byId('status-line').textContent = statusText(nodes, edges);
}

export function setStoreInfo(text: string): void {
  byId('store-info').textContent = text;
}

/** A message over the canvas (empty store, nothing found); null removes it. */
export function setCanvasMessage(message: string | null): void {
  const element = byId('canvas-message');
  element.hidden = message === null;
  element.textContent = message ?? '';
}

export function showBanner(message: string, retry?: () => void): void {
  const banner = byId('banner');
  replaceChildren(banner, h('span', {}, message), retry ? button('Retry', { 'data-testid': 'retry-button' }, retry) : null);
  banner.hidden = false;
}

export function hideBanner(): void {
  byId('banner').hidden = true;
}

export function showError(error: unknown): void {
  // An unreachable API already has its banner, with a retry button.
  if (error instanceof ApiError && error.unreachable) return;
  const message = error instanceof Error ? error.message : String(error);
  showBanner(message);
}

/** Wires the loading bar and the unreachable-API banner. */
export function watchConnection(retry: () => void): void {
  const progress = byId('progress');
  onBusyChange((busy) => (progress.hidden = !busy));
  onReachabilityChange((error: ApiError | null) => {
    if (error) showBanner(`Cannot reach the kg-explorer API (${error.message}). Is the server running (npm start)?`, retry);
    else if (byId('banner').textContent?.startsWith('Cannot reach')) hideBanner();
  });
}
