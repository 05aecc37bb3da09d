/**
 * An item's supervision ladder as staff see it beside its timeline: for each step, the time its timer is set to
 * (read from the running instance: the variables the model's timers evaluate), when it was raised, and when it
 * was passed over because the bureau had switched it off.
 */
import { In } from 'typeorm';
import { ActionLogEntity, SupervisionEntity, type Item } from '../../db/entities/index.js';
import { loadLadder } from '../../core/supervision/ladder-rules.js';
import { LADDER_TIMER } from '../../core/contract.js';
import { fromEngineDate } from '../../core/calendar/dates.js';
import { LADDER_LABEL, LADDER_LEVELS, type LadderLevel, type LadderRecipient } from '../../core/supervision/ladder.js';
import type { Variables } from '../../core/engine/engine-client.js';
import type { AppDeps } from '../deps.js';

export interface LadderStep {
  level: LadderLevel;
  label: string;
  enabled: boolean;
  recipients: LadderRecipient[];
  /** When the step's timer is due, while the item is being handled. */
  plannedAt: Date | null;
  raisedAt: Date[];
  skippedAt: Date[];
}

export async function itemLadder(deps: AppDeps, item: Item): Promise<LadderStep[]> {
  const handling = item.status === 'handling' && item.processInstanceId;
  const [ladder, raised, skipped, variables] = await Promise.all([
    loadLadder(deps.db.manager),
    deps.db.getRepository(SupervisionEntity).find({ where: { itemId: item.id, level: In([...LADDER_LEVELS]) }, order: { id: 'ASC' } }),
    deps.db.getRepository(ActionLogEntity).find({ where: { action: 'supervision.skipped', entityType: 'item', entityId: item.itemNo }, order: { id: 'ASC' } }),
    // Only the four timer variables; an instance removed by hand (Cockpit) has none, and the page still opens.
    handling ? deps.engine.someVariables(item.processInstanceId!, Object.values(LADDER_TIMER).map((t) => t.variable)) : Promise.resolve({} as Variables),
  ]);
  return LADDER_LEVELS.map((level) => {
    const planned = variables[LADDER_TIMER[level].variable]?.value;
    return {
      level,
      label: LADDER_LABEL[level],
      enabled: ladder[level].enabled,
      recipients: ladder[level].recipients,
      plannedAt: typeof planned === 'string' ? fromEngineDate(planned) : null,
      raisedAt: raised.filter((s) => s.level === level).map((s) => s.createdAt),
      skippedAt: skipped.filter((a) => a.after && (JSON.parse(a.after) as { level?: string }).level === level).map((a) => a.createdAt),
    };
  });
}
