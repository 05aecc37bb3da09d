/** 群机器人: an administrator connects a group (a department or a role) to a 企业微信 or 钉钉 group robot. */
import { NotificationWebhookEntity, WEBHOOK_KINDS } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { GROUP } from '../../core/contract.js';
import { conflict } from '../../core/errors.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import { parse, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

export const webhookSchema = z.object({
  groupCode: z.string().trim().regex(/^[a-zA-Z0-9_-]+$/).max(64),
  kind: z.enum(WEBHOOK_KINDS),
  url: z.string().trim().url().max(500).refine((u) => /^https?:\/\//.test(u), '须为 http(s) 地址'),
  secret: z.string().trim().max(200).optional(),
});

export async function addWebhook(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.coordinator);
  const w = parse(webhookSchema, body);
  const repo = deps.db.getRepository(NotificationWebhookEntity);
  if (await repo.findOneBy({ groupCode: w.groupCode, url: w.url })) throw conflict('WEBHOOK_EXISTS', '该群机器人已配置');
  return deps.db.transaction(async (tx) => {
    const r = await tx.getRepository(NotificationWebhookEntity).insert({ groupCode: w.groupCode, kind: w.kind, url: w.url, secret: w.secret ?? null, enabled: true });
    const id = Number(r.identifiers[0].id);
    // The robot's URL carries its key: the log keeps only the host.
    await recordAction(tx, { actor: actor.userId, action: 'webhook.added', entityType: 'webhook', entityId: id, after: { groupCode: w.groupCode, kind: w.kind, host: new URL(w.url).host } });
    return { id, groupCode: w.groupCode, kind: w.kind };
  });
}

export async function listWebhooks(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.coordinator);
  const rows = await deps.db.getRepository(NotificationWebhookEntity).find({ order: { id: 'ASC' } });
  // Keys and secrets are not shown again.
  return rows.map((r) => ({ id: r.id, groupCode: r.groupCode, kind: r.kind, host: new URL(r.url).host, signed: !!r.secret, enabled: r.enabled }));
}
