/**
 * 对账: an item's process instance starts before its row is written (one engine call and one transaction per item,
 * ADR 0003); a crash between the two leaves an instance — a 筛查议题 task — whose item does not exist, and the
 * submitter got no answer, so nothing was promised. This finds such instances once they are older than any
 * submission can take and removes them, logged; and it reports unfinished items whose instance is gone (removed
 * by hand in Cockpit), which need a person. Run at start and on a schedule; two app instances running it at once
 * do no harm (a removed instance is gone for both).
 */
import { In, Not, IsNull } from 'typeorm';
import type { DataSource } from 'typeorm';
import { ItemEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { PROCESS } from '../contract.js';
import { EngineError, type EngineClient } from '../engine/engine-client.js';
import { toEngineDate } from '../calendar/dates.js';
import type { Logger } from '../log/logger.js';
import { statusList } from './status.js';
import { WORKER_ACTOR } from './commands/context.js';

/** Longer than a submission can take (the engine call's timeout and the row's insert, with retries). */
export const ORPHAN_GRACE_MS = 5 * 60_000;
const PAGE = 500;

export interface ReconcileResult {
  removedInstances: string[];
  itemsWithoutInstance: string[];
}

interface HistoricInstance { id: string; businessKey: string | null; startTime: string }

export async function reconcileItems(deps: { db: DataSource; engine: EngineClient; log: Logger }, now: Date, graceMs = ORPHAN_GRACE_MS, pageSize = PAGE): Promise<ReconcileResult> {
  const result: ReconcileResult = { removedInstances: [], itemsWithoutInstance: [] };
  const startedBefore = toEngineDate(new Date(now.getTime() - graceMs));
  const running = new Set<string>();
  // Paged by start time, not by offset: an offset makes the database count past every earlier row for each page,
  // which took minutes with a hundred thousand open items. `startedAfter` includes its instant, so a page starts
  // with the last one's instant again (its instances are met twice, which the set absorbs); a page all of one
  // instant moves on by offset within it.
  let after: string | undefined;
  let skip = 0;
  // Removed only once every page is read: a removed instance is no longer unfinished, so removing while paging
  // would shift the offset within an instant past instances not yet read.
  const orphans: HistoricInstance[] = [];
  for (;;) {
    // Ties within an instant are ordered by id, so that every offset within it reads the same order.
    const page = await deps.engine.request<HistoricInstance[]>('POST', '/history/process-instance', {
      processDefinitionKey: PROCESS.item, unfinished: true, startedBefore, ...(after ? { startedAfter: after } : {}),
      sorting: [{ sortBy: 'startTime', sortOrder: 'asc' }, { sortBy: 'instanceId', sortOrder: 'asc' }],
    }, { firstResult: skip, maxResults: pageSize });
    const fresh = page.filter((i) => !running.has(i.id));
    for (const i of page) running.add(i.id);
    const keys = fresh.map((i) => i.businessKey).filter((k): k is string => !!k);
    const known = new Set(keys.length ? (await deps.db.getRepository(ItemEntity).find({ select: { itemNo: true }, where: { itemNo: In(keys) } })).map((i) => i.itemNo) : []);
    orphans.push(...fresh.filter((i) => !i.businessKey || !known.has(i.businessKey)));
    if (page.length < pageSize) break;
    const last = page[page.length - 1].startTime;
    if (last === page[0].startTime) skip += pageSize;
    else [after, skip] = [last, 0];
  }
  for (const orphan of orphans) {
    try {
      await deps.engine.deleteProcessInstance(orphan.id);
    } catch (e) {
      if (!(e instanceof EngineError && e.status === 404)) throw e; // removed meanwhile by another app instance
    }
    await deps.db.transaction((tx) => recordAction(tx, { actor: WORKER_ACTOR, action: 'system.orphanInstanceRemoved', entityType: 'processInstance', entityId: orphan.id, after: { businessKey: orphan.businessKey, startTime: orphan.startTime } }));
    deps.log.warn('removed a process instance whose item was never stored', { processInstanceId: orphan.id, itemNo: orphan.businessKey });
    result.removedInstances.push(orphan.id);
  }
  // Unfinished items whose instance no longer runs: reported, not guessed at.
  const open = await deps.db.getRepository(ItemEntity).find({ select: { itemNo: true, processInstanceId: true, createdAt: true }, where: { status: Not(In(statusList('finished'))), processInstanceId: Not(IsNull()) } });
  const candidates = open.filter((i) => i.createdAt.getTime() < now.getTime() - graceMs && !running.has(i.processInstanceId!));
  for (let i = 0; i < candidates.length; i += PAGE) {
    const batch = candidates.slice(i, i + PAGE);
    const alive = new Set((await deps.engine.processInstances({ processInstanceIds: batch.map((c) => c.processInstanceId) })).map((p) => p.id));
    for (const c of batch.filter((x) => !alive.has(x.processInstanceId!))) result.itemsWithoutInstance.push(c.itemNo);
  }
  if (result.itemsWithoutInstance.length) deps.log.warn('unfinished items whose process instance is gone', { itemNos: result.itemsWithoutInstance.slice(0, 50), count: result.itemsWithoutInstance.length });
  return result;
}
