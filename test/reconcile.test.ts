/**
 * 对账 between the store and the engine: a process instance whose item was never stored (a crash between the start
 * and the insert) is removed once no submission can still be on its way; an item whose instance was removed by
 * hand is reported; everything else is left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ActionLogEntity } from '../db/entities/index.js';
import { PROCESS, VAR } from '../core/contract.js';
import { vars } from '../core/engine/engine-client.js';
import { ORPHAN_GRACE_MS, reconcileItems } from '../core/items/reconcile.js';
import { startTestSystem, waitForTask, type TestSystem } from './support/harness.js';
import { form1, item } from './support/scenario.js';

let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem();
});
afterAll(async () => {
  await sys?.cleanup();
});

const later = () => new Date(Date.now() + ORPHAN_GRACE_MS + 60_000);
const alive = async (id: string) => (await sys.engine.processInstances({ processInstanceIds: [id] })).length === 1;

describe('reconciling items and their process instances', () => {
  it('removes an instance whose item was never stored, reports an item whose instance is gone, and keeps the rest', async () => {
    // given an item stored as usual,
    const kept = await item(sys, (await sys.call('POST', '/api/public/items', null, form1('reconcile-kept'))).body.itemNo);
    // an instance started for an item whose row was never written (the app died in between),
    const orphan = await sys.engine.startProcess(PROCESS.item, 'QQ20261202DEAD01', vars({ [VAR.itemNo]: 'QQ20261202DEAD01' }));
    await waitForTask(sys.engine, orphan.id, 'ScreenItem');
    // and an item whose instance someone removed in Cockpit
    const lost = await item(sys, (await sys.call('POST', '/api/public/items', null, form1('reconcile-lost'))).body.itemNo);
    await sys.engine.deleteProcessInstance(lost.processInstanceId!);

    // while a submission could still be on its way, nothing is touched
    expect(await reconcileItems(sys.deps, new Date())).toEqual({ removedInstances: [], itemsWithoutInstance: [] });
    expect(await alive(orphan.id)).toBe(true);

    // when it runs once that time has passed
    const r = await reconcileItems(sys.deps, later());
    expect(r.removedInstances).toEqual([orphan.id]);
    expect(r.itemsWithoutInstance).toEqual([lost.itemNo]);
    expect(await alive(orphan.id)).toBe(false);
    expect(await alive(kept.processInstanceId!)).toBe(true);
    const log = await sys.deps.db.getRepository(ActionLogEntity).findOneByOrFail({ action: 'system.orphanInstanceRemoved', entityId: orphan.id });
    expect(JSON.parse(log.after!).businessKey).toBe('QQ20261202DEAD01');

    // and again, it finds nothing more to remove
    expect((await reconcileItems(sys.deps, later())).removedInstances).toEqual([]);
  });

  it('reads the open instances page by page by their start, missing none when many started in the same instant', async () => {
    // given 7 instances without items and 3 stored items, started 5 at a time (several share a millisecond)
    const orphans = (await Promise.all(Array.from({ length: 7 }, (_, i) => sys.engine.startProcess(PROCESS.item, `QQ20261203PAGE0${i}`, vars({ [VAR.itemNo]: `QQ20261203PAGE0${i}` }))))).map((o) => o.id);
    const kept = await Promise.all(['a', 'b', 'c'].map(async (k) => item(sys, (await sys.call('POST', '/api/public/items', null, form1(`reconcile-page-${k}`))).body.itemNo)));
    // when reconciling reads them two at a time
    const r = await reconcileItems(sys.deps, later(), ORPHAN_GRACE_MS, 2);
    // then every orphan is removed once and every stored item keeps its instance
    expect([...r.removedInstances].sort()).toEqual([...orphans].sort());
    for (const k of kept) expect(await alive(k.processInstanceId!)).toBe(true);
  });
});
