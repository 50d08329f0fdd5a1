// In production the built client is served from the same origin as the API:
// files from its folder, and index.html for any other page path so the
// client's own routing works on reload.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import express, { type Router } from 'express';

export function clientRouter(dir: string | undefined): Router | null {
  if (!dir) return null;
  const root = resolve(dir);
  const index = resolve(root, 'index.html');
  if (!existsSync(index)) return null;
  const router = express.Router();
  router.use(express.static(root, { index: 'index.html', fallthrough: true, dotfiles: 'ignore' }));
  router.get(/^(?!\/api(\/|$)).*/, (_req, res) => res.sendFile(index));
  return router;
}
