/**
 * The supervision ladder's steps, raised by timers in the model: 提醒 before the deadline, 催办 at it, 通报 and
 * 督办 after it, 交办超时 for a late dispatch and 未召开 for a quarter without a meeting. Each step is stored once
 * (keyed by the external task) and notified to the people the step is meant for: for the ladder's four steps,
 * those the bureau's rule names; a step the bureau switched off is only noted in the item's timeline.
 */
import type { EntityManager } from 'typeorm';
import { ActionLogEntity, ItemEntity, SupervisionEntity, type Item } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { loadLadder } from '../../core/supervision/ladder-rules.js';
import { GROUP, VAR, type SupervisionLevel } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { isLadderLevel, ladderGroups, type LadderRule } from '../../core/supervision/ladder.js';
import type { HandlerFactory } from '../types.js';
import { WORKER_ACTOR } from './item-access.js';

const LABEL: Record<SupervisionLevel, string> = {
  remind: '到期提醒',
  urge: '催办',
  notice: '通报',
  escalate: '督办',
  dispatchOverdue: '交办超时督办',
  quarterMissed: '季度未召开恳谈会通报',
};

function recipients(rule: LadderRule | null, item: Item | null): string[] {
  if (rule) return item ? ladderGroups(rule, item) : [];
  return [GROUP.coordinator, GROUP.supervisor]; // 交办超时, 季度未召开
}

function message(level: SupervisionLevel, item: Item | null, quarterKey: string | null): string {
  if (level === 'quarterMissed') return `${quarterKey} 季度结束，未召开政务服务“亲清”政企恳谈会（制度要求每季度至少1次）。`;
  const due = item?.handlingDue ? `${isoDate(item.handlingDue)}（当日24时）` : '';
  const what = `议题 ${item?.itemNo}（${item?.enterpriseName}）`;
  switch (level) {
    case 'remind': return `${what}将于 ${due} 到期，请按时办理答复。`;
    case 'urge': return `${what}已到办理期限仍未答复，请立即办理。`;
    case 'notice': return `${what}超期未办结，予以通报。`;
    case 'escalate': return `${what}久拖未决，报分管领导督办。`;
    default: return `${what}会后1个工作日内未交办，请立即交办。`;
  }
}

export const createHandler: HandlerFactory = ({ db, notifier }) => async (task) => {
  const level = String(task.get(VAR.level)) as SupervisionLevel;
  const itemNo = task.get<string | null>(VAR.itemNo);
  const quarterKey = task.get<string | null>(VAR.quarterKey) ?? null;
  const item = itemNo ? await db.getRepository(ItemEntity).findOneBy({ itemNo }) : null;
  const rule = isLadderLevel(level) ? (await loadLadder(db.manager))[level] : null;
  if (rule && !rule.enabled) {
    if (item) await noteSkipped(db.manager, item, level, task.id);
    return {};
  }
  const text = message(level, item, quarterKey);
  await db.transaction(async (tx) => {
    const repo = tx.getRepository(SupervisionEntity);
    if (await repo.findOneBy({ dedupeKey: task.id })) return;
    await repo.insert({ dedupeKey: task.id, itemId: item?.id ?? null, quarterKey, level, deptCode: item?.leadDept ?? null, message: text });
    await recordAction(tx, { actor: WORKER_ACTOR, action: `supervision.${level}`, entityType: item ? 'item' : 'quarter', entityId: item?.itemNo ?? quarterKey ?? '', after: { level } });
  });
  for (const group of recipients(rule, item)) {
    await notifier.notify({ dedupeKey: task.id, recipientType: 'group', recipient: group, subject: LABEL[level], body: text, itemId: item?.id ?? null });
  }
  return {};
};

/** The step's timer passed but the bureau switched the step off: the timeline says so, once per timer. */
async function noteSkipped(manager: EntityManager, item: Item, level: SupervisionLevel, taskId: string) {
  await manager.transaction(async (tx) => {
    const earlier = await tx.getRepository(ActionLogEntity).findBy({ action: 'supervision.skipped', entityType: 'item', entityId: item.itemNo });
    if (earlier.some((a) => a.after && (JSON.parse(a.after) as { externalTaskId?: string }).externalTaskId === taskId)) return;
    await recordAction(tx, { actor: WORKER_ACTOR, action: 'supervision.skipped', entityType: 'item', entityId: item.itemNo, after: { level, externalTaskId: taskId } });
  });
}
