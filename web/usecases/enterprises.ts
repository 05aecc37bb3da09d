/**
 * 企业名录 for the bureau: search the directory, an enterprise's own page (its items, the meetings it was invited
 * to and attended, the evaluations of its items), and a coordinator's corrections (credit code, industry, 商会).
 */
import { In, Like } from 'typeorm';
import { EnterpriseEntity, EvaluationEntity, ItemEntity, MeetingAttendanceEntity, MeetingEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { GROUP } from '../../core/contract.js';
import { notFound } from '../../core/errors.js';
import { editEnterprise } from '../../core/enterprises/directory.js';
import { isCreditCode } from '../../core/enterprises/credit-code.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import { parse, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

export const enterprisesQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  chamber: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export async function listEnterprises(deps: AppDeps, actor: Actor, query: unknown) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const q = parse(enterprisesQuerySchema, query);
  const like = q.q ? `%${q.q}%` : undefined;
  const where = like ? [{ name: Like(like), ...(q.chamber ? { chamber: q.chamber } : {}) }, { creditCode: Like(like), ...(q.chamber ? { chamber: q.chamber } : {}) }] : q.chamber ? { chamber: q.chamber } : {};
  const [rows, total] = await deps.db.getRepository(EnterpriseEntity).findAndCount({ where, order: { name: 'ASC' }, skip: (q.page - 1) * q.pageSize, take: q.pageSize });
  const ids = rows.map((r) => r.id);
  const counts = ids.length
    ? await deps.db.getRepository(ItemEntity).createQueryBuilder('i').select('i.enterpriseId', 'id').addSelect('COUNT(*)', 'n').where('i.enterpriseId IN (:...ids)', { ids }).groupBy('i.enterpriseId').getRawMany<{ id: number; n: string }>()
    : [];
  const attended = rows.length
    ? await deps.db.getRepository(MeetingAttendanceEntity).createQueryBuilder('a').select('a.enterpriseName', 'name').addSelect('COUNT(*)', 'n').where('a.enterpriseName IN (:...names)', { names: rows.map((r) => r.name) }).andWhere('a.attended = :t', { t: true }).groupBy('a.enterpriseName').getRawMany<{ name: string; n: string }>()
    : [];
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    enterprises: rows.map((r) => ({
      ...r,
      items: Number(counts.find((c) => Number(c.id) === r.id)?.n ?? 0),
      meetingsAttended: Number(attended.find((a) => a.name === r.name)?.n ?? 0),
    })),
  };
}

export const inviteesQuerySchema = z.object({
  // the agenda's item numbers, comma-separated, as the meeting form holds them
  itemNos: z.string().trim().max(20_000).transform((v) => [...new Set(v.split(',').map((x) => x.trim()).filter(Boolean))])
    .pipe(z.array(z.string().regex(/^[A-Z0-9-]{4,40}$/, '议题编号格式不正确')).max(500)),
});

export interface InviteeRow { enterpriseName: string; representative: string; phone: string }

/**
 * 议程中议题的企业: one invitee row for each enterprise whose items are on the agenda, in the agenda's order, with
 * the directory's person in charge and phone where the directory has them (a coordinator's correction there wins
 * over what was typed into a complaint).
 */
export async function inviteesForItems(deps: AppDeps, actor: Actor, query: unknown): Promise<{ invitees: InviteeRow[] }> {
  requireGroup(actor, GROUP.coordinator);
  const { itemNos } = parse(inviteesQuerySchema, query);
  if (!itemNos.length) return { invitees: [] };
  const items = await deps.db.getRepository(ItemEntity).find({ select: { itemNo: true, enterpriseId: true, enterpriseName: true, personInCharge: true, phone: true }, where: { itemNo: In(itemNos) } });
  const ids = [...new Set(items.map((i) => i.enterpriseId).filter((x): x is number => x !== null))];
  const directory = ids.length ? await deps.db.getRepository(EnterpriseEntity).findBy({ id: In(ids) }) : [];
  const seen = new Set<string>();
  const invitees: InviteeRow[] = [];
  for (const no of itemNos) {
    const item = items.find((i) => i.itemNo === no);
    if (!item) continue;
    const e = directory.find((d) => d.id === item.enterpriseId);
    const name = e?.name ?? item.enterpriseName;
    if (seen.has(name)) continue;
    seen.add(name);
    invitees.push({ enterpriseName: name, representative: e?.personInCharge || item.personInCharge, phone: e?.phone || item.phone });
  }
  return { invitees };
}

export async function enterpriseDetail(deps: AppDeps, actor: Actor, id: number) {
  requireGroup(actor, GROUP.coordinator, GROUP.supervisor);
  const enterprise = await deps.db.getRepository(EnterpriseEntity).findOneBy({ id });
  if (!enterprise) throw notFound('ENTERPRISE_NOT_FOUND', '企业名录中没有该企业');
  const items = await deps.db.getRepository(ItemEntity).find({ where: { enterpriseId: id }, order: { id: 'DESC' }, take: 200 });
  const [evaluations, attendance] = await Promise.all([
    items.length ? deps.db.getRepository(EvaluationEntity).find({ where: { itemId: In(items.map((i) => i.id)) }, order: { id: 'ASC' } }) : [],
    deps.db.getRepository(MeetingAttendanceEntity).find({ where: { enterpriseName: enterprise.name }, order: { id: 'DESC' } }),
  ]);
  const meetings = attendance.length ? await deps.db.getRepository(MeetingEntity).findBy({ id: In(attendance.map((a) => a.meetingId)) }) : [];
  return {
    enterprise,
    items: items.map((i) => ({ itemNo: i.itemNo, channel: i.channel, submittedOn: i.submittedOn, status: i.status, problem: i.problem.slice(0, 120), leadDept: i.leadDept })),
    meetings: attendance.map((a) => {
      const m = meetings.find((x) => x.id === a.meetingId);
      return { meetingNo: m?.meetingNo, title: m?.title, date: m?.heldDate ?? m?.plannedDate ?? null, status: m?.status, attended: a.attended };
    }),
    evaluations: evaluations.map((e) => ({ itemNo: items.find((i) => i.id === e.itemId)?.itemNo, source: e.source, result: e.result, round: e.round })),
  };
}

export const enterpriseEditSchema = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  creditCode: z.union([z.literal(''), z.string().trim().toUpperCase().refine(isCreditCode, '统一社会信用代码不正确（请核对校验位）')]).nullable().optional(),
  industry: z.string().trim().max(64).nullable().optional(),
  chamber: z.string().trim().max(100).nullable().optional(),
  personInCharge: z.string().trim().max(50).nullable().optional(),
  phone: z.string().trim().max(30).nullable().optional(),
});

export async function updateEnterprise(deps: AppDeps, actor: Actor, id: number, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const input = parse(enterpriseEditSchema, body);
  return deps.db.transaction(async (tx) => {
    const e = await editEnterprise(tx, id, input);
    // the change itself, without the contact's phone (personal data stays out of the log)
    const { phone: _p, personInCharge: _n, ...logged } = input;
    await recordAction(tx, { actor: actor.userId, action: 'enterprise.edited', entityType: 'enterprise', entityId: String(id), after: logged });
    return e;
  });
}
