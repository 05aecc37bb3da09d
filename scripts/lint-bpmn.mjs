// Lints the models in bpmn/ with bpmnlint's recommended rules; prints a JSON report of errors and warnings per
// file and exits 1 if any error. Used by `npm run lint:bpmn` and by test/contract.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const report = {};
let errors = 0;
for (const file of readdirSync('bpmn').filter((f) => f.endsWith('.bpmn'))) {
  const { rootElement } = await new BpmnModdle().fromXML(readFileSync(`bpmn/${file}`, 'utf8'));
  const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  report[file] = Object.entries(reports).flatMap(([rule, rs]) => rs.map((r) => ({ rule, id: r.id, category: r.category, message: r.message })));
  errors += report[file].filter((r) => r.category === 'error').length;
}
console.log(JSON.stringify(report, null, 2));
process.exit(errors ? 1 : 0);
