/** The ladder in force: the bureau's stored rules over the defaults. */
import type { EntityManager } from 'typeorm';
import { LadderRuleEntity, type LadderRuleRow } from '../../db/entities/index.js';
import { DEFAULT_LADDER, LADDER_LEVELS, LADDER_RECIPIENTS, type Ladder, type LadderRecipient, type LadderRule } from './ladder.js';

export function ruleOfRow(row: LadderRuleRow): LadderRule {
  const recipients = row.recipients.split(',').filter((r): r is LadderRecipient => (LADDER_RECIPIENTS as readonly string[]).includes(r));
  return { level: row.level as LadderRule['level'], enabled: !!row.enabled, workingDays: row.workingDays, recipients };
}

export async function loadLadder(manager: EntityManager): Promise<Ladder> {
  const rows = await manager.getRepository(LadderRuleEntity).find();
  const own = new Map(rows.map((r) => [r.level, ruleOfRow(r)]));
  return Object.fromEntries(LADDER_LEVELS.map((l) => [l, own.get(l) ?? DEFAULT_LADDER[l]])) as Ladder;
}
