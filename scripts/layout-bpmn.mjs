// Re-creates the diagram (BPMN DI) of models in bpmn/ from their semantics, in place, with bpmn-auto-layout.
// For a model edited by hand or generated without a diagram: `node scripts/layout-bpmn.mjs bpmn/qinqing-item.bpmn`.
// A layout made in a modeler is replaced, so run it only on purpose.
import { readFile, writeFile } from 'node:fs/promises';
import { layoutProcess } from 'bpmn-auto-layout';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/layout-bpmn.mjs <file.bpmn>…');
  process.exit(2);
}
for (const file of files) {
  await writeFile(file, await layoutProcess(await readFile(file, 'utf8')));
  console.log(`laid out ${file}`);
}
