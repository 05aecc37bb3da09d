/**
 * Drafts on the server: one per designer and file, listed for every designer (a colleague may review or deploy
 * it), each remembering the deployment it started from so that a draft made stale by a newer deployment says so.
 */
import { GROUP } from '../../../core/contract.js';
import { conflict, notFound } from '../../../core/errors.js';
import { recordAction } from '../../../db/action-log.js';
import { ModelDraftEntity, type ModelDraft } from '../../../db/entities/index.js';
import { requireGroup, type Actor } from '../../auth/actor.js';
import type { AppDeps } from '../../deps.js';
import { parse, z } from '../../validation.js';

/** A file of a deployment: a model at the top, a form under forms/. */
export const fileName = z.string().regex(/^(forms\/)?[A-Za-z0-9_-]{1,80}\.(bpmn|form)$/, '文件名只能包含字母、数字、下划线和连字符，以 .bpmn 或 .form 结尾');
export const fileContent = z.string().min(1).max(1_000_000);

export interface DraftView {
  id: number;
  owner: string;
  ownerName: string;
  fileName: string;
  content: string;
  baseDeploymentId: string | null;
  /** a deployment newer than the one the draft started from exists */
  stale: boolean;
  updatedAt: Date;
}

export async function listDrafts(deps: AppDeps, actor: Actor): Promise<DraftView[]> {
  requireGroup(actor, GROUP.designer);
  const [rows, latest] = await Promise.all([deps.db.getRepository(ModelDraftEntity).find({ order: { fileName: 'ASC', id: 'ASC' } }), deps.engine.latestDeployment()]);
  const names = await deps.actorNames.names(rows.map((r) => r.owner));
  return rows.map((r) => ({
    id: r.id,
    owner: r.owner,
    ownerName: names.get(r.owner) ?? r.owner,
    fileName: r.fileName,
    content: r.content,
    baseDeploymentId: r.baseDeploymentId,
    stale: !!latest && r.baseDeploymentId !== latest.id,
    updatedAt: r.updatedAt ?? r.createdAt,
  }));
}

const saveSchema = z.object({ fileName, content: fileContent, baseDeploymentId: z.string().max(64).nullable().optional() });

/** Saves the designer's own draft of a file (the first save starts it, in the log). */
export async function saveDraft(deps: AppDeps, actor: Actor, body: unknown): Promise<{ id: number }> {
  requireGroup(actor, GROUP.designer);
  const d = parse(saveSchema, body);
  return deps.db.transaction(async (tx) => {
    const repo = tx.getRepository(ModelDraftEntity);
    const mine = await repo.findOne({ where: { owner: actor.userId, fileName: d.fileName } });
    if (mine) {
      await repo.update({ id: mine.id }, { content: d.content, updatedAt: deps.clock() });
      return { id: mine.id };
    }
    const latest = d.baseDeploymentId === undefined ? (await deps.engine.latestDeployment())?.id ?? null : d.baseDeploymentId;
    const r = await repo.insert({ owner: actor.userId, fileName: d.fileName, content: d.content, baseDeploymentId: latest, updatedAt: deps.clock() }).catch((e: Error) => {
      // the same designer's first save of the file from two windows at once: the unique index keeps one
      throw /duplicate|unique/i.test(e.message) ? conflict('DRAFT_CONFLICT', '该文件的草稿正在另一窗口保存，请稍后重试') : e;
    });
    const id = Number(r.identifiers[0].id);
    await recordAction(tx, { actor: actor.userId, action: 'model.draftStarted', entityType: 'modelDraft', entityId: id, after: { fileName: d.fileName, baseDeploymentId: latest } });
    return { id };
  });
}

/** Discards a draft: one's own, or a colleague's (in the log, with whose it was). */
export async function discardDraft(deps: AppDeps, actor: Actor, id: number): Promise<void> {
  requireGroup(actor, GROUP.designer);
  await deps.db.transaction(async (tx) => {
    const draft = await tx.getRepository(ModelDraftEntity).findOne({ where: { id } });
    if (!draft) throw notFound('DRAFT_NOT_FOUND', '草稿不存在或已部署、已放弃');
    await tx.getRepository(ModelDraftEntity).delete({ id });
    await recordAction(tx, { actor: actor.userId, action: 'model.draftDiscarded', entityType: 'modelDraft', entityId: id, after: { fileName: draft.fileName, owner: draft.owner } });
  });
}

export type { ModelDraft };
