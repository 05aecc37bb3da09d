/**
 * The cluster: two Operaton engine nodes on one MariaDB database and two app instances on one app database, each
 * app with both engine URLs (in opposite order) and its own workers. An item goes through its whole flow with
 * every step on the other instance than the last; an import runs on one; then one engine node is killed and one
 * app stopped, and everything goes on with what is left — the import taken over where it stopped, no row twice.
 * Needs a shared database server: it runs in the MariaDB pass (`QQ_TEST_DB=mariadb npm test`; jest.config.js).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import mysql from 'mysql2/promise';
import { Like } from 'typeorm';
import { ImportJobEntity, ItemEntity } from '../../db/entities/index.js';
import { startEngine } from '../../scripts/engine-process.mjs';
import { RELEASE_DEPLOYMENT } from '../../core/setup/deploy-models.js';
import { testState } from '../support/env.js';
import { startTestSystem, waitFor, waitForTask, type TestSystem } from '../support/harness.js';
import { approvePublication, complete, form1, holdMeeting, item, waitForStatus } from '../support/scenario.js';

const freePort = () => new Promise<number>((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as AddressInfo;
    s.close(() => resolve(port));
  });
});

let engine2: ChildProcess;
let node1 = '';
let node2 = '';
let appDb = '';
let a: TestSystem;
let b: TestSystem;
const LEASE_SECONDS = 6;

beforeAll(async () => {
  const state = testState();
  if (state.db !== 'mariadb') throw new Error('the cluster test needs the MariaDB pass (QQ_TEST_DB=mariadb)');
  // the run's engine is node 1; node 2 joins it on the same database
  node1 = state.engineUrl;
  const root = new URL(state.mariadbUrl);
  const second = await startEngine({
    port: await freePort(), dataDir: mkdtempSync(join(tmpdir(), 'qq-engine2-')), user: state.user, password: state.password, adminPassword: state.password,
    jobExecution: false, logFile: '.tmp/test-engine-2.log', profiles: 'mysql',
    dbUrl: `jdbc:mariadb://${root.hostname}:${root.port || 3306}/qq_engine_test?nullDatabaseMeansCurrent=true`, dbUser: decodeURIComponent(root.username), dbPassword: decodeURIComponent(root.password),
  });
  engine2 = second.child;
  node2 = second.url;
  appDb = `qq_cluster_${Date.now().toString(36)}`;
  const c = await mysql.createConnection(state.mariadbUrl);
  await c.query(`CREATE DATABASE ${appDb} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  // one data folder, as the cluster's shared volume: attachments and uploaded imports are read by either instance
  const common = { QQ_DB_URL: `${state.mariadbUrl}/${appDb}`, QQ_DATA_DIR: mkdtempSync(join(tmpdir(), 'qq-cluster-data-')), QQ_IMPORT_LEASE_SECONDS: String(LEASE_SECONDS), QQ_PUBLIC_SUBMISSIONS_PER_HOUR: '4' };
  // both instances start at once: migrations, departments and the models' release must not trip over each other
  [a, b] = await Promise.all([
    startTestSystem({ ...common, QQ_ENGINE_URL: `${node1},${node2}`, QQ_INSTANCE_ID: 'app-a' }),
    startTestSystem({ ...common, QQ_ENGINE_URL: `${node2},${node1}`, QQ_INSTANCE_ID: 'app-b' }),
  ]);
}, 240_000);

afterAll(async () => {
  await b?.cleanup();
  if (engine2 && engine2.exitCode === null) engine2.kill('SIGKILL');
  if (appDb) {
    const c = await mysql.createConnection(testState().mariadbUrl);
    await c.query(`DROP DATABASE IF EXISTS ${appDb}`);
    await c.end();
  }
});

const visits = (n: number) => Buffer.from(`企业名称,联系人,联系电话,困难问题\n${Array.from({ length: n }, (_, i) => `集群导入${i + 1}号公司,赵${i + 1},139${String(i).padStart(8, '0')},企业反映第${i + 1}个问题。`).join('\n')}\n`);

describe('two engine nodes and two app instances', () => {
  it('share one deployment of the models, one set of sessions and one count of public submissions', async () => {
    // one release, although both instances deployed bpmn/ at start
    const deployments = await a.engine.request<unknown[]>('GET', '/deployment', undefined, { name: RELEASE_DEPLOYMENT });
    expect(deployments).toHaveLength(1);
    // a session opened on one instance works on the other
    const token = await a.login('coordinator');
    expect((await b.call('GET', '/api/tasks?pageSize=1', token)).status).toBe(200);
    // four public submissions an hour from one address, counted over both instances
    const answers = [];
    for (const sys of [a, b, a, b, a]) answers.push((await sys.call('POST', '/api/public/items', null, form1(`cluster-${answers.length}`))).status);
    expect(answers).toEqual([201, 201, 201, 201, 429]);
  });

  it('take an item through its whole flow with each step on the other instance, and go on when one node and one app stop', async () => {
    const [coordA, coordB, followB] = [await a.login('coordinator'), await b.login('coordinator'), await b.login('followup')];
    // given an item submitted on A, screened on B, decided in a meeting on A and dispatched on B
    const [first] = await a.deps.db.getRepository(ItemEntity).find({ where: { enterpriseName: form1('cluster-0').enterpriseName } });
    await complete(b, coordB, first.processInstanceId!, 'ScreenItem', { screening: 'accept' });
    await waitForStatus(b, first.itemNo, 'listed');
    await holdMeeting(a, coordA, '2026-11-20', [{ itemNo: first.itemNo, decision: 'single', leadDept: 'dept-fgw' }]);
    await complete(b, coordB, first.processInstanceId!, 'DispatchItem', {});
    await waitForTask(a.engine, first.processInstanceId!, 'HandleItem');
    // and an import of 300 visit records running on A
    const up = await fetch(`${a.url}/api/imports?name=${encodeURIComponent('走访登记.csv')}`, { method: 'POST', headers: { authorization: `Bearer ${coordA}`, 'content-type': 'application/octet-stream' }, body: new Uint8Array(visits(300)) });
    const jobId = ((await up.json()) as { job: { id: number } }).job.id;
    const columns = { enterpriseName: '企业名称', personInCharge: '联系人', phone: '联系电话', problem: '困难问题' };
    expect((await a.call('POST', `/api/imports/${jobId}/start`, coordA, { channel: 'visit', columns })).status).toBe(202);
    await waitFor(async () => (await b.deps.db.getRepository(ImportJobEntity).findOneByOrFail({ id: jobId })).done >= 50, 'the import past its first checkpoint', 60_000);

    // when engine node 2 is killed and app A stops in the middle of the import
    engine2.kill('SIGKILL');
    await a.stop();

    // then B (whose first engine node was node 2) carries the item on: the department replies, the reply is
    // reviewed, the 12345 follow-up recorded, the result published — B's workers moved to node 1 for the notices
    const fgwB = await b.login('fgw');
    await complete(b, fgwB, first.processInstanceId!, 'HandleItem', { content: '已协调一次性告知所需材料，企业已完成报批。', contact: '刘经办', phone: '0477-7654321' });
    await complete(b, coordB, first.processInstanceId!, 'ReviewReply', { approved: true });
    await waitForStatus(b, first.itemNo, 'replied');
    await complete(b, followB, first.processInstanceId!, 'RecordEvaluation', { result: 'satisfied', overallOpinion: '满意' });
    const published = await approvePublication(b, coordB, first.itemNo);
    expect(published.status).toBe('published');
    expect(b.deps.engine.nodes.down()).toContain(node2);
    // and the import A left is taken over by B once A's lease ran out, and ends with every row once
    const job = await waitFor(async () => {
      const j = await b.deps.db.getRepository(ImportJobEntity).findOneByOrFail({ id: jobId });
      return j.status !== 'running' && j;
    }, 'the import to be taken over and finish', 120_000);
    expect(job).toMatchObject({ status: 'finished', claimedBy: 'app-b', total: 300, done: 300, created: 300, failed: 0 });
    const imported = await b.deps.db.getRepository(ItemEntity).find({ where: { clientRequestId: Like(`import-${jobId}-row-%`) } });
    expect([imported.length, new Set(imported.map((i) => i.enterpriseName)).size]).toEqual([300, 300]);
    // every imported row has its instance, on the engine both nodes share
    const waiting = await b.engine.request<{ count: number }>('POST', '/process-instance/count', { processInstanceIds: imported.map((i) => i.processInstanceId) });
    expect(waiting.count).toBe(300);
    expect((await item(b, first.itemNo)).status).toBe('published');
  });
});
