// Starts one real Operaton engine for the whole run (H2 in a temp folder, or MariaDB with QQ_TEST_DB=mariadb),
// with its job executor off: tests fire timers themselves over REST after reading their due dates.
// Plain ESM: Jest loads global setup outside its TypeScript transform.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mysql from 'mysql2/promise';
import { startEngine } from '../../scripts/engine-process.mjs';
import { ensureEngineJar } from '../../scripts/engine-jar.mjs';
import { freePort } from '../../scripts/free-port.mjs';

const STATE_FILE = '.tmp/test-engine.json';
const MARIADB_URL = process.env.QQ_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';


export default async function globalSetup() {
  mkdirSync('.tmp', { recursive: true });
  ensureEngineJar();
  const db = process.env.QQ_TEST_DB === 'mariadb' ? 'mariadb' : 'sqlite';
  const user = 'qinqing-test';
  const password = `T-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  let dbOptions = {};
  if (db === 'mariadb') {
    const conn = await mysql.createConnection(MARIADB_URL);
    await conn.query('DROP DATABASE IF EXISTS qq_engine_test');
    await conn.query('CREATE DATABASE qq_engine_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin');
    await conn.end();
    const u = new URL(MARIADB_URL);
    dbOptions = {
      // nullDatabaseMeansCurrent: the engine looks for its tables in this database only (another engine's on the
      // same server would otherwise keep it from creating its own).
      dbUrl: `jdbc:mariadb://${u.hostname}:${u.port || 3306}/qq_engine_test?nullDatabaseMeansCurrent=true`,
      dbUser: decodeURIComponent(u.username),
      dbPassword: decodeURIComponent(u.password),
      profiles: 'mysql',
    };
  }
  const { child, url } = await startEngine({
    port: await freePort(),
    dataDir: mkdtempSync(join(tmpdir(), 'qq-engine-')),
    user,
    password,
    adminPassword: password,
    jobExecution: false,
    logFile: '.tmp/test-engine.log',
    ...dbOptions,
  });
  writeFileSync(STATE_FILE, JSON.stringify({ engineUrl: url, pid: child.pid, db, user, password, mariadbUrl: MARIADB_URL }));
  globalThis.__QQ_ENGINE__ = child;
}
