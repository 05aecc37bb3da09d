// Builds the UI (web/ui → dist/ui) with Vite when it is missing or older than its sources, the server modules it imports (labels, the contract's names) or the lockfile.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const INDEX = 'dist/ui/index.html';

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

export function ensureUiBuilt() {
  const sources = Math.max(...['web/ui', 'web/labels.ts', 'core/contract.ts', 'core/items/status.ts', 'package-lock.json'].map(newestMtime));
  if (existsSync(INDEX) && statSync(INDEX).mtimeMs >= sources) return;
  console.log('构建界面 (Vite)…');
  const r = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'web/ui/vite.config.mjs', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Vite build of web/ui failed');
}

if (import.meta.url === `file://${process.argv[1]}`) ensureUiBuilt();
