// The README's test command: type-checked sources, then every Jest suite against a real engine, then a plain
// "N passed, N failed" line for CI. Extra arguments go to Jest (e.g. a test path).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { ensureEngineJar } from './engine-jar.mjs';
import { ensureUiBuilt } from './ui-build.mjs';

mkdirSync('.tmp', { recursive: true });
ensureEngineJar();
ensureUiBuilt(); // the browser tests drive the built UI
const out = '.tmp/jest-results.json';
if (existsSync(out)) rmSync(out);
const r = spawnSync(process.execPath, [
  '--experimental-vm-modules', 'node_modules/jest/bin/jest.js',
  '--runInBand', '--forceExit', '--json', `--outputFile=${out}`,
  ...process.argv.slice(2),
], { stdio: 'inherit', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
let passed = 0;
let failed = 0;
if (existsSync(out)) {
  const j = JSON.parse(readFileSync(out, 'utf8'));
  passed = j.numPassedTests;
  failed = j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(r.status ?? 1);
