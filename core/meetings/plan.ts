/**
 * 筹备恳谈会: the agenda from the problem list (items listed and on no other open agenda) and the invited
 * enterprises (at least 10 for a dialogue meeting, counted once each).
 */
import { In } from 'typeorm';
import { ItemEntity, MeetingAttendanceEntity, MeetingEntity, MeetingTopicEntity, type Meeting } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { badRequest } from '../errors.js';
import { quarterOf } from '../calendar/quarter.js';
import type { CommandContext } from '../items/commands/context.js';
import { onAnotherOpenAgenda } from './agenda.js';
import { minimumEnterprises } from './rules.js';
import { noteEnterprise } from '../enterprises/directory.js';

export interface Invitee {
  enterpriseName: string;
  representative?: string;
  phone?: string;
}

export interface PlanInput {
  title: string;
  plannedDate: string;
  place: string;
  agenda: string[];
  invitees: Invitee[];
}

export async function plan(c: CommandContext, meeting: Meeting, d: PlanInput): Promise<void> {
  const names = new Set(d.invitees.map((i) => i.enterpriseName));
  const min = minimumEnterprises(meeting.kind);
  if (names.size < min) throw badRequest('TOO_FEW_ENTERPRISES', `参会企业不少于${min}家（去重后${names.size}家）`);
  const items = await c.tx.getRepository(ItemEntity).findBy({ itemNo: In(d.agenda) });
  const notListed = d.agenda.filter((no) => !items.some((i) => i.itemNo === no && i.status === 'listed'));
  if (notListed.length) throw badRequest('AGENDA_NOT_ON_LIST', `以下议题不在问题清单中，不能列入议程：${notListed.join('、')}`);
  if ((await onAnotherOpenAgenda(c.tx, items.map((i) => i.id), meeting.id)).size) throw badRequest('AGENDA_TAKEN', '部分议题已列入另一次尚未召开的恳谈会');
  await c.tx.getRepository(MeetingEntity).update({ id: meeting.id }, { title: d.title, plannedDate: d.plannedDate, place: d.place, status: 'planned', quarterKey: quarterOf(d.plannedDate).key });
  await c.tx.getRepository(MeetingTopicEntity).delete({ meetingId: meeting.id });
  await c.tx.getRepository(MeetingTopicEntity).insert(items.map((i) => ({ meetingId: meeting.id, itemId: i.id })));
  await c.tx.getRepository(MeetingAttendanceEntity).delete({ meetingId: meeting.id });
  await c.tx.getRepository(MeetingAttendanceEntity).insert([...names].map((n) => {
    const inv = d.invitees.find((i) => i.enterpriseName === n)!;
    return { meetingId: meeting.id, enterpriseName: n, representative: inv.representative ?? null, phone: inv.phone ?? null, attended: false };
  }));
  // Every invited enterprise is in the directory afterwards (with its representative as the latest contact).
  for (const n of names) {
    const inv = d.invitees.find((i) => i.enterpriseName === n)!;
    await noteEnterprise(c.tx, { name: n, personInCharge: inv.representative ?? null, phone: inv.phone ?? null });
  }
  // The invitees' phones stay in the attendance table, not in the log.
  await recordAction(c.tx, { actor: c.actor, action: 'meeting.planned', entityType: 'meeting', entityId: meeting.meetingNo, after: { plannedDate: d.plannedDate, agenda: d.agenda, enterprises: names.size } });
}
