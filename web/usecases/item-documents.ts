/** 附件1–3 of one item as Word documents, for staff who may see the item. */
import { DepartmentEntity, EvaluationEntity, HandlingRecordEntity, SupervisionEntity } from '../../db/entities/index.js';
import { notFound } from '../../core/errors.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { form1Docx, form2Docx, form3Docx } from '../documents/seed-forms.js';
import { itemForActor } from './item-access.js';

const NAMES = { 1: '议题表', 2: '议题办理情况表', 3: '总体评价表' } as const;

export async function itemDocument(deps: AppDeps, actor: Actor, itemNo: string, form: string): Promise<{ fileName: string; content: Buffer }> {
  const n = Number(form) as 1 | 2 | 3;
  if (![1, 2, 3].includes(n)) throw notFound('FORM_NOT_FOUND', '只有附件1（议题表）、附件2（议题办理情况表）、附件3（总体评价表）');
  const item = await itemForActor(deps, actor, itemNo);
  let content: Buffer;
  if (n === 1) content = await form1Docx(item);
  else if (n === 2) {
    const [records, supervisions, departments] = await Promise.all([
      deps.db.getRepository(HandlingRecordEntity).find({ where: { itemId: item.id }, order: { id: 'ASC' } }),
      deps.db.getRepository(SupervisionEntity).find({ where: { itemId: item.id }, order: { id: 'ASC' } }),
      deps.db.getRepository(DepartmentEntity).find(),
    ]);
    content = await form2Docx(item, records, supervisions, (code) => (code ? departments.find((d) => d.code === code)?.name ?? code : ''));
  } else {
    // The enterprise's own evaluation when it gave one, else the 12345 follow-up's.
    const evaluations = await deps.db.getRepository(EvaluationEntity).find({ where: { itemId: item.id }, order: { id: 'DESC' } });
    content = await form3Docx(item, evaluations.find((e) => e.source === 'enterprise') ?? evaluations[0] ?? null);
  }
  return { fileName: `${item.itemNo}-${NAMES[n]}.docx`, content };
}
