import type { ApiContext } from '../context.js';
import type { RouteSpec } from '../route.js';

export function exportRoutes(_context: ApiContext): RouteSpec[] {
  return [];
}
