/** Where the run's test engine listens, its service account, and the databases (written by global-setup.mjs). */
import { readFileSync } from 'node:fs';

export interface TestState {
  engineUrl: string;
  pid: number;
  db: 'sqlite' | 'mariadb';
  user: string;
  password: string;
  mariadbUrl: string;
}

let cached: TestState | null = null;
export function testState(): TestState {
  cached ??= JSON.parse(readFileSync('.tmp/test-engine.json', 'utf8')) as TestState;
  return cached;
}
