/**
 * 任务表单: the form-js schema deployed with the task's model (its `camunda:formRef`), and the data it opens
 * with — the choices it offers (departments, the problem list, the invited enterprises) and what is already known.
 */
import { In } from 'typeorm';
import { DepartmentEntity, ItemEntity, MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity } from '../../db/entities/index.js';
import { EngineError } from '../../core/engine/engine-client.js';
import { TASK } from '../../core/contract.js';
import { isoDate } from '../../core/calendar/dates.js';
import { AppError } from '../../core/errors.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { taskForActor, type TaskInContext } from './task-access.js';
import { onAnotherOpenAgenda } from '../../core/meetings/agenda.js';
import { publicationDraft } from '../../core/items/commands/publication.js';

export interface TaskFormView {
  schema: Record<string, unknown>;
  data: Record<string, unknown>;
}

export async function deployedFormOf(deps: AppDeps, taskId: string): Promise<Record<string, unknown>> {
  try {
    return await deps.engine.deployedForm(taskId);
  } catch (e) {
    // The engine answers 400 or 404 when the task names no form, or a form that was not deployed with it.
    if (e instanceof EngineError && (e.status === 400 || e.status === 404)) throw new AppError(422, 'NO_FORM', '该任务没有部署表单');
    throw e;
  }
}

export async function taskForm(deps: AppDeps, actor: Actor, taskId: string): Promise<TaskFormView> {
  const ctx = await taskForActor(deps, actor, taskId);
  const [schema, data] = await Promise.all([deployedFormOf(deps, taskId), initialData(deps, ctx)]);
  return { schema, data };
}

async function initialData(deps: AppDeps, ctx: TaskInContext): Promise<Record<string, unknown>> {
  const departments = (await deps.db.getRepository(DepartmentEntity).find({ order: { id: 'ASC' } })).map((d) => ({ label: d.name, value: d.code }));
  const data: Record<string, unknown> = { departments };
  const key = ctx.kind;
  if (key === TASK.dispatchItem && ctx.item) {
    if (ctx.item.leadDept) data.leadDept = ctx.item.leadDept;
    data.coDepts = ctx.item.coDepts ? ctx.item.coDepts.split(',') : [];
  }
  if (key === TASK.reviewPublication && ctx.item) {
    // what the public would see unreviewed, for the coordinator to check and redact; the original beside it
    Object.assign(data, publicationDraft(ctx.item), { originalProblem: ctx.item.problem, originalAnswer: ctx.item.reply ?? '' });
  }
  if (key === TASK.planMeeting && ctx.meeting) {
    const m = ctx.meeting;
    const listed = await deps.db.getRepository(ItemEntity).find({ where: { status: 'listed' }, order: { id: 'ASC' }, take: 500 });
    const elsewhere = await onAnotherOpenAgenda(deps.db.manager, listed.map((i) => i.id), m.id);
    data.listedItems = listed.filter((i) => !elsewhere.has(i.id)).map((i) => ({ label: `${i.itemNo} ${i.enterpriseName}：${i.problem.slice(0, 60)}`, value: i.itemNo }));
    if (m.title) data.title = m.title;
    // the invitees start from this meeting's own list, else from the last meeting held: the clerk edits, not retypes
    const invitees = await startingInvitees(deps, m.id);
    if (invitees.length) data.invitees = invitees;
    if (m.plannedDate) data.plannedDate = m.plannedDate;
    if (m.place) data.place = m.place;
  }
  if (key === TASK.recordMeeting && ctx.meeting) {
    const m = ctx.meeting;
    const invited = await deps.db.getRepository(MeetingAttendanceEntity).find({ where: { meetingId: m.id }, order: { id: 'ASC' } });
    data.invitedEnterprises = invited.map((a) => ({ label: a.enterpriseName, value: a.enterpriseName }));
    const topics = await deps.db.getRepository(MeetingTopicEntity).find({ where: { meetingId: m.id }, order: { id: 'ASC' } });
    const items = await deps.db.getRepository(ItemEntity).findBy({ id: In(topics.map((t) => t.itemId)) });
    data.decisions = topics.map((t) => {
      const i = items.find((x) => x.id === t.itemId)!;
      return { itemNo: i.itemNo, problem: i.problem.slice(0, 200) };
    });
    data.heldDate = m.plannedDate && m.plannedDate <= isoDate(deps.clock()) ? m.plannedDate : isoDate(deps.clock());
  }
  return data;
}

async function startingInvitees(deps: AppDeps, meetingId: number): Promise<{ enterpriseName: string; representative: string; phone: string }[]> {
  const repo = deps.db.getRepository(MeetingAttendanceEntity);
  let rows = await repo.find({ where: { meetingId }, order: { id: 'ASC' } });
  if (!rows.length) {
    const last = await deps.db.getRepository(MeetingEntity).findOne({ where: { status: 'held' }, order: { heldDate: 'DESC', id: 'DESC' } });
    rows = last ? await repo.find({ where: { meetingId: last.id }, order: { id: 'ASC' } }) : [];
  }
  return rows.map((a) => ({ enterpriseName: a.enterpriseName, representative: a.representative ?? '', phone: a.phone ?? '' }));
}
