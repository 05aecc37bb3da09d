// Lays out the semantic models in bpmn/src/ and writes the diagrams the engine and the modeler use to bpmn/.
// Run after editing a model's semantics by hand: `node scripts/layout-bpmn.mjs`.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { layoutProcess } from 'bpmn-auto-layout';

for (const file of (await readdir('bpmn/src')).filter((f) => f.endsWith('.bpmn'))) {
  const xml = await readFile(`bpmn/src/${file}`, 'utf8');
  const laidOut = await layoutProcess(xml);
  await writeFile(`bpmn/${file}`, laidOut);
  console.log(`laid out bpmn/${file}`);
}
