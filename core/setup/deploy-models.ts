/** Deploys the models in bpmn/ (only what changed: the engine filters duplicates). */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EngineClient } from '../engine/engine-client.js';

export async function deployModels(engine: EngineClient, dir: string): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.bpmn') || f.endsWith('.form') || f.endsWith('.dmn'));
  const contents = await Promise.all(files.map(async (name) => ({ name, content: await readFile(join(dir, name), 'utf8') })));
  await engine.deploy('qinqing', contents);
}
