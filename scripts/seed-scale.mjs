// `npm run seed:scale`: builds the app and runs dist/bench/seed-scale.js (1 000 000 historical items over ten years
// and 10 000 open items waiting on the engine; SCALE_ITEMS / SCALE_OPEN_TASKS to change). It fills the database and
// the engine of `npm start` (data/, its secrets) unless QQ_DB_URL and QQ_ENGINE_URL / QQ_ENGINE_PASSWORD say others.
// The engine must be running.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const build = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(1);
const dataDir = process.env.QQ_DATA_DIR ?? './data';
const secrets = existsSync(`${dataDir}/secrets.json`) ? JSON.parse(readFileSync(`${dataDir}/secrets.json`, 'utf8')) : {};
const env = {
  ...process.env,
  QQ_DB_URL: process.env.QQ_DB_URL ?? `sqlite:${dataDir}/qinqing.sqlite`,
  QQ_ENGINE_URL: process.env.QQ_ENGINE_URL ?? `http://127.0.0.1:${process.env.QQ_ENGINE_PORT ?? 8080}/engine-rest`,
  QQ_ENGINE_PASSWORD: process.env.QQ_ENGINE_PASSWORD ?? secrets.enginePassword ?? '',
};
if (!env.QQ_ENGINE_PASSWORD) {
  console.error('seed:scale needs the engine: start it with `npm start` (data/secrets.json) or set QQ_ENGINE_URL and QQ_ENGINE_PASSWORD');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['dist/bench/seed-scale.js'], { stdio: 'inherit', env });
process.exit(r.status ?? 1);
