/**
 * Deploys the models in bpmn/ with their task forms in bpmn/forms/ as one deployment, so that each task's
 * `camunda:formRef` (binding "deployment") finds the form deployed with its model. Only what changed is
 * deployed: the engine filters duplicates.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineClient, EngineDeployment } from '../engine/engine-client.js';

export const FORMS_DIR = 'forms';
/**
 * Two deployment names, one per source (ADR 0007): the engine filters duplicates against the latest deployment of
 * the same name, so a restart redeploys bpmn/ only when bpmn/ itself changed, and never undoes what a designer
 * deployed since; a new release of bpmn/ becomes the newest version again.
 */
export const RELEASE_DEPLOYMENT = 'qinqing';
export const DESIGNER_DEPLOYMENT = 'qinqing-designer';

async function filesOf(dir: string, prefix: string, keep: (f: string) => boolean) {
  const names = (await readdir(dir).catch(() => [] as string[])).filter(keep);
  return Promise.all(names.map(async (f) => ({ name: prefix + f, content: await readFile(join(dir, f), 'utf8') })));
}

export async function modelFiles(dir: string): Promise<{ name: string; content: string }[]> {
  return [
    ...(await filesOf(dir, '', (f) => f.endsWith('.bpmn') || f.endsWith('.dmn'))),
    ...(await filesOf(join(dir, FORMS_DIR), `${FORMS_DIR}/`, (f) => f.endsWith('.form'))),
  ];
}

export interface ReleaseOutcome {
  /** bpmn/ differed from the newest release and was deployed */
  deployed: boolean;
  /** a designer's deployment is newer than the release (and stays the newest version) */
  designerNewer: EngineDeployment | null;
  /** a designer's deployment that was the newest until this release replaced it */
  replacedDesigner: EngineDeployment | null;
}

/**
 * Deploys bpmn/ only if it differs from the newest deployment of the same source (the engine's duplicate filter
 * compares them), and says how the release stands to the designer's deployments, for the coordinators to hear.
 */
export async function deployModels(engine: EngineClient, dir: string): Promise<ReleaseOutcome> {
  const [before, newest] = await Promise.all([engine.latestDeploymentNamed(RELEASE_DEPLOYMENT), engine.latestDeployment()]);
  const result = await engine.deploy(RELEASE_DEPLOYMENT, await modelFiles(dir));
  const deployed = result.id !== before?.id;
  const designer = newest?.name === DESIGNER_DEPLOYMENT ? newest : null;
  return { deployed, designerNewer: deployed ? null : designer, replacedDesigner: deployed ? designer : null };
}
