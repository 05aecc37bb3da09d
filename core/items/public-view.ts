/**
 * The one public projection of an item: what tracking, the published results, the open data and Open311 show.
 * Names are reduced to the family name, the contact's phone to 138****1234, and personal data written inside the
 * texts (phones in any writing, ID numbers, e-mail addresses) is masked; departments are shown by name. Once a
 * coordinator has reviewed the text for publication, the reviewed problem and answer are shown.
 */
import { In, type EntityManager } from 'typeorm';
import { DepartmentEntity, type Item } from '../../db/entities/index.js';
import { maskName, maskPhone, maskText } from '../privacy/mask.js';
import { STATUS_LABEL, statusIn } from './status.js';

export interface PublicItem {
  itemNo: string;
  status: string;
  statusLabel: string;
  /** False once nothing more happens to the item (Open311's closed). */
  open: boolean;
  enterpriseName: string;
  personInCharge: string;
  phone: string;
  submittedOn: string;
  problem: string;
  /** The reply, explanation or reason for declining, once the enterprise may read it. */
  answer: string | null;
  leadDept: string | null;
  coDepts: string[];
  decision: string | null;
  handlingDue: Date | null;
  repliedAt: Date | null;
  reReviewDate: string | null;
  evaluation: string | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type DepartmentNames = (code: string | null) => string | null;

export function publicView(item: Item, deptName: DepartmentNames): PublicItem {
  return {
    itemNo: item.itemNo,
    status: item.status,
    statusLabel: STATUS_LABEL[item.status] ?? item.status,
    open: !statusIn('finished', item.status),
    enterpriseName: item.enterpriseName,
    personInCharge: maskName(item.personInCharge),
    phone: maskPhone(item.phone),
    submittedOn: item.submittedOn,
    // The coordinator's reviewed text once there is one (审核公开内容), masked again all the same.
    problem: maskText(item.publicProblem ?? item.problem),
    answer: statusIn('answerShown', item.status) && (item.publicAnswer ?? item.reply) ? maskText(item.publicAnswer ?? item.reply) : null,
    leadDept: deptName(item.leadDept),
    coDepts: (item.coDepts ?? '').split(',').filter(Boolean).map((c) => deptName(c) ?? c),
    decision: item.decision,
    handlingDue: item.handlingDue,
    repliedAt: item.repliedAt,
    reReviewDate: item.reReviewDate,
    evaluation: item.evaluation,
    publishedAt: item.publishedAt,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
  };
}

/** The names of the departments these items name (a code without a department shows as itself). */
export async function departmentNames(em: EntityManager, items: Item[]): Promise<DepartmentNames> {
  const codes = [...new Set(items.flatMap((i) => [i.leadDept, ...(i.coDepts ?? '').split(',')]).filter((c): c is string => !!c))];
  const depts = codes.length ? await em.getRepository(DepartmentEntity).findBy({ code: In(codes) }) : [];
  const names = new Map(depts.map((d) => [d.code, d.name]));
  return (code) => (code ? names.get(code) ?? code : null);
}

/** Public views of these items, with their departments' names read once. */
export async function publicViews(em: EntityManager, items: Item[]): Promise<PublicItem[]> {
  const names = await departmentNames(em, items);
  return items.map((i) => publicView(i, names));
}
