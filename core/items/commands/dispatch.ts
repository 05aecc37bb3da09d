/**
 * 交办议题: the coordinator confirms (or corrects) the departments the meeting named and hands the item over.
 * A multi-department item needs at least one cooperating department; the lead cannot also cooperate.
 */
import { In } from 'typeorm';
import { DepartmentEntity, type Item } from '../../../db/entities/index.js';
import { badRequest } from '../../errors.js';
import { changeItem } from '../item-store.js';
import type { CommandContext } from './context.js';

export interface DispatchInput {
  leadDept?: string;
  coDepts?: string[];
}

/** Refuses department codes that do not exist. */
export async function assertDepartments(c: Pick<CommandContext, 'tx'>, codes: string[]): Promise<void> {
  if (codes.length === 0) return;
  const found = await c.tx.getRepository(DepartmentEntity).findBy({ code: In(codes) });
  const missing = codes.filter((code) => !found.some((d) => d.code === code));
  if (missing.length) throw badRequest('UNKNOWN_DEPARTMENT', `部门不存在：${missing.join('、')}`);
}

export async function dispatch(c: CommandContext, item: Item, d: DispatchInput): Promise<{ leadDept: string; coDepts: string[] }> {
  const lead = d.leadDept ?? item.leadDept;
  if (!lead) throw badRequest('LEAD_REQUIRED', '须指定（牵头）责任部门');
  const co = d.coDepts ?? (item.coDepts ? item.coDepts.split(',') : []);
  if (item.decision === 'multi' && co.length === 0) throw badRequest('COOPERATORS_REQUIRED', '多部门议题须至少指定1个配合部门');
  if (co.includes(lead)) throw badRequest('LEAD_IS_COOPERATOR', '牵头部门不能同时为配合部门');
  await assertDepartments(c, [lead, ...co]);
  await changeItem(c.tx, item, { leadDept: lead, coDepts: co.length ? co.join(',') : null, dispatchedAt: c.now }, { action: 'item.dispatched', actor: c.actor });
  return { leadDept: lead, coDepts: co };
}
