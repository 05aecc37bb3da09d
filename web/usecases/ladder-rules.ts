/**
 * 督办规则: the bureau's rule for each step of the supervision ladder (on or off, working days, who is told).
 * Coordinators change or reset them, audited; supervisors read them. A change applies to the deadlines timed
 * after it — a new handling period or an extension — not to timers already waiting (ADR 0010).
 */
import { LadderRuleEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { loadLadder } from '../../core/supervision/ladder-rules.js';
import { GROUP } from '../../core/contract.js';
import { DEFAULT_LADDER, LADDER_LABEL, LADDER_LEVELS, LADDER_RECIPIENTS, WORKING_DAYS_RANGE, isLadderLevel, type LadderLevel } from '../../core/supervision/ladder.js';
import { badRequest, notFound } from '../../core/errors.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';

export const RECIPIENT_LABEL: Record<(typeof LADDER_RECIPIENTS)[number], string> = {
  lead: '承办（牵头）部门',
  co: '配合部门',
  coordinator: '营商办（协调人）',
  supervisor: '督查室和分管领导',
};

const levelOf = (key: string): LadderLevel => {
  if (!isLadderLevel(key)) throw notFound('LADDER_LEVEL_NOT_FOUND', `督办阶梯没有这一级：${key}`);
  return key;
};

export async function ladderRules(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const [ladder, rows] = await Promise.all([loadLadder(deps.db.manager), deps.db.getRepository(LadderRuleEntity).find()]);
  const own = new Map(rows.map((r) => [r.level, r]));
  return {
    recipients: RECIPIENT_LABEL,
    rules: LADDER_LEVELS.map((level) => ({
      ...ladder[level],
      label: LADDER_LABEL[level],
      range: WORKING_DAYS_RANGE[level],
      custom: own.has(level),
      updatedBy: own.get(level)?.updatedBy ?? null,
      updatedAt: own.get(level)?.updatedAt ?? null,
      defaults: DEFAULT_LADDER[level],
    })),
  };
}

const ruleSchema = z.object({
  enabled: z.boolean(),
  workingDays: z.number().int(),
  recipients: z.array(z.enum(LADDER_RECIPIENTS)).max(LADDER_RECIPIENTS.length),
});

export async function saveLadderRule(deps: AppDeps, actor: Actor, key: string, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const level = levelOf(key);
  const input = parse(ruleSchema, body);
  const { min, max } = WORKING_DAYS_RANGE[level];
  if (input.workingDays < min || input.workingDays > max) {
    throw badRequest('LADDER_DAYS_OUT_OF_RANGE', min === max ? `${LADDER_LABEL[level]}在办理期限届满时发出，工作日数只能是 ${min}` : `${LADDER_LABEL[level]}的工作日数应在 ${min} 到 ${max} 之间`);
  }
  const recipients = [...new Set(input.recipients)];
  if (input.enabled && recipients.length === 0) throw badRequest('LADDER_NO_RECIPIENTS', `启用的${LADDER_LABEL[level]}至少要通知一类对象`);
  const row = { enabled: input.enabled, workingDays: input.workingDays, recipients: recipients.join(','), updatedBy: actor.userId };
  await deps.db.transaction(async (tx) => {
    const repo = tx.getRepository(LadderRuleEntity);
    if (await repo.findOneBy({ level })) await repo.update({ level }, row);
    else await repo.insert({ level, ...row });
    await recordAction(tx, { actor: actor.userId, action: 'ladder.saved', entityType: 'ladderRule', entityId: level, after: { enabled: row.enabled, workingDays: row.workingDays, recipients } });
  });
}

export async function resetLadderRule(deps: AppDeps, actor: Actor, key: string) {
  requireGroup(actor, GROUP.coordinator);
  const level = levelOf(key);
  await deps.db.transaction(async (tx) => {
    await tx.getRepository(LadderRuleEntity).delete({ level });
    await recordAction(tx, { actor: actor.userId, action: 'ladder.reset', entityType: 'ladderRule', entityId: level });
  });
}
