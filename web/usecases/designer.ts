/**
 * 流程设计: what the designer edits (every model and form of the newest deployment), the versions deployed with
 * their running instances, bpmnlint on a draft, and deployment of drafts. A deployment always carries the whole
 * set — models with their forms — because each task's formRef binds to the form of its model's own deployment.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GROUP } from '../../core/contract.js';
import { EngineError } from '../../core/engine/engine-client.js';
import { AppError, badRequest } from '../../core/errors.js';
import { DESIGNER_DEPLOYMENT } from '../../core/setup/deploy-models.js';
import { recordAction } from '../../db/action-log.js';
import { requireGroup, type Actor } from '../auth/actor.js';
import type { AppDeps } from '../deps.js';
import { parse, z } from '../validation.js';


export interface ModelFile {
  name: string;
  content: string;
}

export async function currentModels(deps: AppDeps, actor: Actor): Promise<{ deploymentId: string | null; deployedAt: string | null; source: string | null; files: ModelFile[] }> {
  requireGroup(actor, GROUP.designer);
  const latest = await deps.engine.latestDeployment();
  if (!latest) return { deploymentId: null, deployedAt: null, source: null, files: [] };
  const resources = (await deps.engine.deploymentResources(latest.id)).filter((r) => /\.(bpmn|form)$/.test(r.name));
  const files = await Promise.all(resources.map(async (r) => ({ name: r.name, content: await deps.engine.resourceText(latest.id, r.id) })));
  return { deploymentId: latest.id, deployedAt: latest.deploymentTime, source: latest.name, files: files.sort((a, b) => a.name.localeCompare(b.name)) };
}

export async function modelVersions(deps: AppDeps, actor: Actor) {
  requireGroup(actor, GROUP.designer);
  const stats = await deps.engine.processDefinitionStatistics();
  const byKey = new Map<string, { key: string; name: string | null; versions: { id: string; version: number; deploymentId: string; running: number }[] }>();
  for (const s of stats) {
    const d = s.definition;
    if (!byKey.has(d.key)) byKey.set(d.key, { key: d.key, name: d.name, versions: [] });
    byKey.get(d.key)!.versions.push({ id: d.id, version: d.version, deploymentId: d.deploymentId, running: s.instances });
  }
  return [...byKey.values()].map((p) => ({ ...p, versions: p.versions.sort((a, b) => b.version - a.version) })).sort((a, b) => a.key.localeCompare(b.key));
}

const fileSchema = z.object({
  name: z.string().regex(/^(forms\/)?[A-Za-z0-9_-]{1,80}\.(bpmn|form)$/, '文件名只能包含字母、数字、下划线和连字符，以 .bpmn 或 .form 结尾'),
  content: z.string().min(1).max(1_000_000),
});

export interface LintIssue {
  rule: string;
  id: string;
  category: string;
  message: string;
}

/** bpmnlint's recommended rules (the same as `npm run lint:bpmn`) on one model's XML. */
export async function lintModel(xml: string): Promise<LintIssue[]> {
  const r = await runLint(xml);
  if ('parseError' in r) throw badRequest('MODEL_INVALID', `模型无法解析：${r.parseError}`);
  return r.issues;
}

// bpmnlint is CommonJS and requires the ESM-only min-dash: Node itself loads that (require(esm)), Jest's module
// runtime does not. A worker thread runs it in plain Node, wherever the app runs; a lint takes a few ms there.
const LINT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const req = createRequire(workerData.from);
const { BpmnModdle } = req('bpmn-moddle');
const Linter = req('bpmnlint/lib/linter');
const NodeResolver = req('bpmnlint/lib/resolver/node-resolver');
(async () => {
  let rootElement;
  try { ({ rootElement } = await new BpmnModdle().fromXML(workerData.xml)); }
  catch (e) { parentPort.postMessage({ parseError: e.message }); return; }
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  parentPort.postMessage({ issues: Object.entries(reports).flatMap(([rule, rs]) => rs.map((r) => ({ rule, id: r.id, category: r.category, message: r.message }))) });
})().catch((e) => parentPort.postMessage({ parseError: e.message }));
`;

function runLint(xml: string): Promise<{ issues: LintIssue[] } | { parseError: string }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LINT_WORKER, { eval: true, workerData: { xml, from: fileURLToPath(import.meta.url) } });
    w.once('message', (m) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}

export async function lintDraft(actor: Actor, body: unknown): Promise<LintIssue[]> {
  requireGroup(actor, GROUP.designer);
  const { xml } = parse(z.object({ xml: z.string().min(1).max(1_000_000) }), body);
  return lintModel(xml);
}

/** Deploys the drafts over the newest deployment's files; refused with the lint errors or the engine's words. */
export async function deployDrafts(deps: AppDeps, actor: Actor, body: unknown): Promise<{ deploymentId: string | null; changed: string[] }> {
  requireGroup(actor, GROUP.designer);
  const { files } = parse(z.object({ files: z.array(fileSchema).min(1).max(50) }), body);
  for (const f of files.filter((x) => x.name.endsWith('.form'))) {
    let id: unknown;
    try {
      id = (JSON.parse(f.content) as { id?: unknown }).id;
    } catch {
      throw badRequest('FORM_INVALID', `表单 ${f.name} 不是合法的 JSON`);
    }
    if (typeof id !== 'string' || !id) throw badRequest('FORM_INVALID', `表单 ${f.name} 缺少 id（任务的 formRef 按它引用表单）`);
  }
  for (const f of files.filter((x) => x.name.endsWith('.bpmn'))) {
    const errors = (await lintModel(f.content)).filter((i) => i.category === 'error');
    if (errors.length) throw badRequest('MODEL_LINT_FAILED', `模型 ${f.name} 未通过检查：${errors.map((e) => `${e.id} ${e.message}`).join('；')}`, { issues: errors });
  }
  const current = await currentModels(deps, actor);
  const merged = new Map(current.files.map((f) => [f.name, f.content]));
  const changed = files.filter((f) => merged.get(f.name) !== f.content).map((f) => f.name);
  for (const f of files) merged.set(f.name, f.content);
  if (!changed.length) return { deploymentId: current.deploymentId, changed };
  let deployed: { id: string };
  try {
    deployed = await deps.engine.deploy(DESIGNER_DEPLOYMENT, [...merged].map(([name, content]) => ({ name, content })));
  } catch (e) {
    if (e instanceof EngineError && e.status === 400) throw new AppError(400, 'MODEL_INVALID', `引擎拒绝部署：${e.message.replace(/^POST \/deployment\/create: 400 /, '')}`);
    throw e;
  }
  await deps.db.transaction((tx) => recordAction(tx, { actor: actor.userId, action: 'model.deployed', entityType: 'deployment', entityId: deployed.id, after: { changed } }));
  return { deploymentId: deployed.id, changed };
}
