// Builds engine/target/qinqing-engine.jar with Maven when it is missing or older than engine/pom.xml or engine/src.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const ENGINE_JAR = 'engine/target/qinqing-engine.jar';

function newestMtime(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}

export function ensureEngineJar() {
  const stale = !existsSync(ENGINE_JAR) || statSync(ENGINE_JAR).mtimeMs < Math.max(newestMtime('engine/pom.xml'), newestMtime('engine/src'));
  if (!stale) return;
  console.log('Building the Operaton engine (Maven)…');
  const r = spawnSync('mvn', ['-q', '-B', '-DskipTests', 'package'], { cwd: 'engine', stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Maven build of engine/ failed');
}

if (import.meta.url === `file://${process.argv[1]}`) ensureEngineJar();
