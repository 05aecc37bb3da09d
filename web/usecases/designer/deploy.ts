/**
 * Deploys drafts — given as files (and files to remove), or as server drafts by id (one's own or a colleague's) —
 * over the newest deployment's files: a deployment always carries the whole set, models with their forms, because each task's
 * formRef binds to the form of its model's own deployment. The set passes the gate first (check.ts); the log
 * says who deployed, whose drafts became which versions, and the drafts are gone.
 */
import { In } from 'typeorm';
import { GROUP } from '../../../core/contract.js';
import { EngineError } from '../../../core/engine/engine-client.js';
import { AppError, badRequest } from '../../../core/errors.js';
import type { LintIssue } from '../../../core/models/lint.js';
import { DESIGNER_DEPLOYMENT } from '../../../core/setup/deploy-models.js';
import { recordAction } from '../../../db/action-log.js';
import { ModelDraftEntity } from '../../../db/entities/index.js';
import { requireGroup, type Actor } from '../../auth/actor.js';
import type { AppDeps } from '../../deps.js';
import { parse, z } from '../../validation.js';
import { assertDeployable, checkSet, type ModelFile } from './check.js';
import { fileContent, fileName } from './drafts.js';
import { currentModels } from './models.js';

const deploySchema = z.union([
  z.object({ files: z.array(z.object({ name: fileName, content: fileContent })).max(50), remove: z.array(fileName).max(50).optional() }).strict()
    .refine((d) => d.files.length + (d.remove?.length ?? 0) > 0, { message: '请给出要部署或删除的文件', path: ['files'] }),
  z.object({ draftIds: z.array(z.number().int().positive()).min(1).max(50) }).strict(),
]);

export interface DeployResult {
  deploymentId: string | null;
  changed: string[];
  versions: { key: string; version: number }[];
  warnings: LintIssue[];
}

/** The set as it would be deployed: the newest deployment's files with the drafts over them, less those removed. */
async function mergedSet(deps: AppDeps, actor: Actor, drafts: ModelFile[], remove: string[] = []) {
  const current = await currentModels(deps, actor);
  const merged = new Map(current.files.map((f) => [f.name, f.content]));
  const changed = [...drafts.filter((f) => merged.get(f.name) !== f.content).map((f) => f.name), ...remove.filter((n) => merged.has(n))];
  for (const f of drafts) merged.set(f.name, f.content);
  for (const n of remove) merged.delete(n);
  return { current, changed, files: [...merged].map(([name, content]) => ({ name, content })) };
}

/** Lints and checks drafts as they would be deployed, without deploying. */
export async function checkDrafts(deps: AppDeps, actor: Actor, body: unknown) {
  requireGroup(actor, GROUP.designer);
  const { files } = parse(z.object({ files: z.array(z.object({ name: fileName, content: fileContent })).min(1).max(50) }), body);
  const set = await mergedSet(deps, actor, files);
  return checkSet(set.files);
}

export async function deployDrafts(deps: AppDeps, actor: Actor, body: unknown): Promise<DeployResult> {
  requireGroup(actor, GROUP.designer);
  const input = parse(deploySchema, body);
  let files: ModelFile[];
  let remove: string[] = [];
  let drafts: { id: number; owner: string; file: string }[] = [];
  if ('draftIds' in input) {
    const rows = await deps.db.getRepository(ModelDraftEntity).find({ where: { id: In(input.draftIds) } });
    if (rows.length !== new Set(input.draftIds).size) throw badRequest('DRAFT_NOT_FOUND', '所选草稿有的已部署或已放弃，请刷新后重试');
    if (new Set(rows.map((r) => r.fileName)).size !== rows.length) throw badRequest('DRAFTS_OVERLAP', '同一文件只能选一份草稿部署');
    files = rows.map((r) => ({ name: r.fileName, content: r.content }));
    drafts = rows.map((r) => ({ id: r.id, owner: r.owner, file: r.fileName }));
  } else {
    files = input.files;
    remove = input.remove ?? [];
  }
  const set = await mergedSet(deps, actor, files, remove);
  const report = await checkSet(set.files);
  assertDeployable(report);
  if (!drafts.length && set.changed.length) {
    // files given directly: the deploying designer's own drafts of them are what is deployed
    const own = await deps.db.getRepository(ModelDraftEntity).find({ where: { owner: actor.userId, fileName: In(set.changed) } });
    drafts = own.map((r) => ({ id: r.id, owner: r.owner, file: r.fileName }));
  }
  if (!set.changed.length) return { deploymentId: set.current.deploymentId, changed: [], versions: [], warnings: report.warnings };
  let deployed: { id: string };
  try {
    deployed = await deps.engine.deploy(DESIGNER_DEPLOYMENT, set.files);
  } catch (e) {
    if (e instanceof EngineError && e.status === 400) throw new AppError(400, 'MODEL_INVALID', `引擎拒绝部署：${e.message.replace(/^POST \/deployment\/create: 400 /, '')}`);
    throw e;
  }
  const versions = (await deps.engine.deploymentDefinitions(deployed.id)).map((d) => ({ key: d.key, version: d.version }));
  await deps.db.transaction(async (tx) => {
    if (drafts.length) await tx.getRepository(ModelDraftEntity).delete({ id: In(drafts.map((d) => d.id)) });
    await recordAction(tx, {
      actor: actor.userId,
      action: 'model.deployed',
      entityType: 'deployment',
      entityId: deployed.id,
      after: { changed: set.changed, versions, drafts: drafts.map(({ owner, file }) => ({ owner, file })), warnings: report.warnings.length },
    });
  });
  return { deploymentId: deployed.id, changed: set.changed, versions, warnings: report.warnings };
}
