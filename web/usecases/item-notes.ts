/**
 * 意见与附件 on an item: anyone who may see the item reads them; writing one is an audited change. Files are
 * stored once by their SHA-256 under the data folder, never under the name the uploader gave.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AttachmentEntity, CommentEntity, type Attachment } from '../../db/entities/index.js';
import { recordAction } from '../../db/action-log.js';
import { AppError, badRequest, notFound } from '../../core/errors.js';
import type { Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';
import { itemForActor } from './item-access.js';
import { acceptedKind } from '../attachments/file-kind.js';
import { safeFileName } from '../attachments/file-name.js';

const commentSchema = z.object({ body: z.string().trim().min(1).max(5000), taskId: z.string().max(64).optional() });

export async function addComment(deps: AppDeps, actor: Actor, itemNo: string, body: unknown) {
  const item = await itemForActor(deps, actor, itemNo);
  const input = parse(commentSchema, body);
  return deps.db.transaction(async (tx) => {
    const r = await tx.getRepository(CommentEntity).insert({ entityKey: item.itemNo, taskId: input.taskId ?? null, author: actor.userId, body: input.body });
    await recordAction(tx, { actor: actor.userId, action: 'item.commented', entityType: 'item', entityId: item.itemNo });
    return { id: r.identifiers[0].id as number };
  });
}

export async function notesOf(deps: AppDeps, actor: Actor, itemNo: string) {
  const item = await itemForActor(deps, actor, itemNo);
  const [comments, attachments] = await Promise.all([
    deps.db.getRepository(CommentEntity).find({ where: { entityKey: item.itemNo }, order: { id: 'ASC' } }),
    deps.db.getRepository(AttachmentEntity).find({ where: { entityKey: item.itemNo }, order: { id: 'ASC' } }),
  ]);
  const names = await deps.actorNames.names([...comments.map((c) => c.author), ...attachments.map((a) => a.uploadedBy)]);
  return {
    comments: comments.map((c) => ({ ...c, authorName: names.get(c.author) ?? c.author })),
    attachments: attachments.map(({ sha256: _s, ...a }) => ({ ...a, uploaderName: names.get(a.uploadedBy) ?? a.uploadedBy })),
  };
}

const storeDir = (deps: AppDeps) => join(deps.config.dataDir, 'attachments');

export async function addAttachment(deps: AppDeps, actor: Actor, itemNo: string, rawName: unknown, content: unknown, taskId?: string) {
  const item = await itemForActor(deps, actor, itemNo);
  const fileName = safeFileName(rawName);
  if (!fileName) throw badRequest('ATTACHMENT_NAME_REQUIRED', '请提供文件名（name 参数）');
  if (!Buffer.isBuffer(content) || content.length === 0) throw badRequest('ATTACHMENT_EMPTY', '文件内容为空');
  if (content.length > deps.config.attachmentMaxBytes) throw new AppError(413, 'ATTACHMENT_TOO_LARGE', `附件不能超过${Math.round(deps.config.attachmentMaxBytes / 1048576)}MB`);
  const kind = acceptedKind(content, fileName);
  if (!kind) throw new AppError(415, 'ATTACHMENT_TYPE_REFUSED', '只接受 PDF、Word、Excel、JPG、PNG 和纯文本文件，且扩展名须与内容一致');
  const sha256 = createHash('sha256').update(content).digest('hex');
  await mkdir(storeDir(deps), { recursive: true });
  const path = join(storeDir(deps), sha256);
  // Written before the row: a crash leaves an unreferenced file, never a row without its file.
  if (!existsSync(path)) await writeFile(path, content, { mode: 0o600 });
  return deps.db.transaction(async (tx) => {
    const r = await tx.getRepository(AttachmentEntity).insert({ entityKey: item.itemNo, taskId: taskId ?? null, fileName, contentType: kind.contentType, size: content.length, sha256, uploadedBy: actor.userId });
    await recordAction(tx, { actor: actor.userId, action: 'item.attached', entityType: 'item', entityId: item.itemNo, after: { fileName, size: content.length } });
    return { id: r.identifiers[0].id as number, fileName, contentType: kind.contentType, size: content.length };
  });
}

export async function attachmentFile(deps: AppDeps, actor: Actor, itemNo: string, id: number): Promise<{ meta: Attachment; content: Buffer }> {
  const item = await itemForActor(deps, actor, itemNo);
  const meta = await deps.db.getRepository(AttachmentEntity).findOneBy({ id, entityKey: item.itemNo });
  if (!meta) throw notFound('ATTACHMENT_NOT_FOUND', '附件不存在');
  return { meta, content: await readFile(join(storeDir(deps), meta.sha256)) };
}
