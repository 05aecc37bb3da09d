/** 通知模板 for coordinators: each notice's wording (the bureau's or the default), changed or reset, audited. */
import { NoticeTemplateEntity } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { GROUP, NOTICE, type Notice } from '../../core/contract.js';
import { DEFAULT_TEMPLATES, PLACEHOLDERS, unknownPlaceholders } from '../../core/notify/notice-templates.js';
import { badRequest, notFound } from '../../core/errors.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';

const noticeOf = (key: string): Notice => {
  if (!(NOTICE as readonly string[]).includes(key)) throw notFound('NOTICE_NOT_FOUND', `没有这种通知：${key}`);
  return key as Notice;
};

export async function noticeTemplates(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.coordinator);
  const own = new Map((await deps.db.getRepository(NoticeTemplateEntity).find()).map((t) => [t.notice, t]));
  return {
    placeholders: PLACEHOLDERS,
    templates: NOTICE.map((n) => {
      const t = own.get(n);
      return { notice: n, subject: t?.subject ?? DEFAULT_TEMPLATES[n].subject, body: t?.body ?? DEFAULT_TEMPLATES[n].body, custom: !!t, updatedBy: t?.updatedBy ?? null, updatedAt: t?.updatedAt ?? null, defaults: DEFAULT_TEMPLATES[n] };
    }),
  };
}

const templateSchema = z.object({ subject: z.string().trim().min(1).max(200), body: z.string().trim().min(1).max(2000) });

export async function saveNoticeTemplate(deps: AppDeps, actor: Actor, key: string, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const notice = noticeOf(key);
  const input = parse(templateSchema, body);
  const unknown = unknownPlaceholders(input.subject + input.body);
  if (unknown.length) throw badRequest('TEMPLATE_PLACEHOLDER_UNKNOWN', `模板中有不认识的占位符：${unknown.map((u) => `{${u}}`).join('、')}；可用：${Object.keys(PLACEHOLDERS).map((p) => `{${p}}`).join('、')}`);
  await deps.db.transaction(async (tx) => {
    const repo = tx.getRepository(NoticeTemplateEntity);
    if (await repo.findOneBy({ notice })) await repo.update({ notice }, { ...input, updatedBy: actor.userId });
    else await repo.insert({ notice, ...input, updatedBy: actor.userId });
    await recordAction(tx, { actor: actor.userId, action: 'template.saved', entityType: 'noticeTemplate', entityId: notice, after: input });
  });
}

export async function resetNoticeTemplate(deps: AppDeps, actor: Actor, key: string) {
  requireGroup(actor, GROUP.coordinator);
  const notice = noticeOf(key);
  await deps.db.transaction(async (tx) => {
    await tx.getRepository(NoticeTemplateEntity).delete({ notice });
    await recordAction(tx, { actor: actor.userId, action: 'template.reset', entityType: 'noticeTemplate', entityId: notice });
  });
}
