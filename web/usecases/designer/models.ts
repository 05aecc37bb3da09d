/**
 * 流程设计: what the designer edits (every model and form of the newest deployment) and the versions deployed,
 * each with its running instances and who deployed it from whose drafts.
 */
import { In } from 'typeorm';
import { GROUP } from '../../../core/contract.js';
import { ActionLogEntity } from '../../../db/entities/index.js';
import { requireGroup, type Actor } from '../../auth/actor.js';
import type { AppDeps } from '../../deps.js';
import type { ModelFile } from './check.js';

export async function currentModels(deps: AppDeps, actor: Actor): Promise<{ deploymentId: string | null; deployedAt: string | null; source: string | null; files: ModelFile[] }> {
  requireGroup(actor, GROUP.designer);
  const latest = await deps.engine.latestDeployment();
  if (!latest) return { deploymentId: null, deployedAt: null, source: null, files: [] };
  return { deploymentId: latest.id, deployedAt: latest.deploymentTime, source: latest.name, files: await deploymentFiles(deps, latest.id) };
}

/** The models and forms of one deployment, sorted by name. */
export async function deploymentFiles(deps: AppDeps, deploymentId: string): Promise<ModelFile[]> {
  const resources = (await deps.engine.deploymentResources(deploymentId)).filter((r) => /\.(bpmn|form)$/.test(r.name));
  const files = await Promise.all(resources.map(async (r) => ({ name: r.name, content: await deps.engine.resourceText(deploymentId, r.id) })));
  return files.sort((a, b) => a.name.localeCompare(b.name));
}

export interface VersionView {
  id: string;
  version: number;
  deploymentId: string;
  running: number;
  /** who deployed it from the designer, and whose drafts it carried; null for a release of bpmn/ */
  deployedBy: string | null;
  drafts: { owner: string; ownerName: string; file: string }[];
}

/** The drafts a deployment carried, as its log row recorded them. */
function draftsOf(after: string | null): { owner: string; file: string }[] {
  const parsed = after ? (JSON.parse(after) as { drafts?: { owner: string; file: string }[] }) : null;
  return parsed?.drafts ?? [];
}

export async function modelVersions(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.designer);
  const stats = await deps.engine.processDefinitionStatistics();
  const deployments = [...new Set(stats.map((s) => s.definition.deploymentId))];
  const logs = deployments.length ? await deps.db.getRepository(ActionLogEntity).find({ where: { action: 'model.deployed', entityId: In(deployments) } }) : [];
  const logOf = new Map(logs.map((l) => [l.entityId, { actor: l.actor, drafts: draftsOf(l.after) }]));
  const people = await deps.actorNames.names(logs.flatMap((l) => [l.actor, ...draftsOf(l.after).map((d) => d.owner)]));
  const byKey = new Map<string, { key: string; name: string | null; versions: VersionView[] }>();
  for (const s of stats) {
    const d = s.definition;
    if (!byKey.has(d.key)) byKey.set(d.key, { key: d.key, name: d.name, versions: [] });
    const log = logOf.get(d.deploymentId);
    const drafts = (log?.drafts ?? []).map((x) => ({ ...x, ownerName: people.get(x.owner) ?? x.owner }));
    byKey.get(d.key)!.versions.push({ id: d.id, version: d.version, deploymentId: d.deploymentId, running: s.instances, deployedBy: log ? people.get(log.actor) ?? log.actor : null, drafts });
  }
  return [...byKey.values()].map((p) => ({ ...p, versions: p.versions.sort((a, b) => b.version - a.version) })).sort((a, b) => a.key.localeCompare(b.key));
}
