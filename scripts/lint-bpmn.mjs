// Lints the models in bpmn/ with the repository's .bpmnlintrc (bpmnlint's recommended rules and camunda-compat's
// Camunda 7 rules), read with the Camunda moddle extension as the deploy gate reads them (core/models/lint.ts);
// prints a JSON report of the findings per file and exits 1 if any is an error. Used by `npm run lint:bpmn` and
// by test/contract.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const config = JSON.parse(readFileSync('.bpmnlintrc', 'utf8'));

const report = {};
let errors = 0;
for (const file of readdirSync('bpmn').filter((f) => f.endsWith('.bpmn'))) {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(readFileSync(`bpmn/${file}`, 'utf8'));
  const linter = new Linter({ config, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  report[file] = Object.entries(reports).flatMap(([rule, rs]) => rs.map((r) => ({ rule, id: r.id, category: r.category, message: r.message })));
  errors += report[file].filter((r) => r.category === 'error').length;
}
console.log(JSON.stringify(report, null, 2));
process.exit(errors ? 1 : 0);
