/**
 * bpmnlint on one model, with the repository's `.bpmnlintrc` (bpmnlint's recommended rules and camunda-compat's
 * newest Camunda 7 rules), read with the Camunda moddle extension so that `camunda:*` attributes are understood —
 * the same findings as `npm run lint:bpmn` and `npx bpmnlint`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** bpmnlint's categories: an error blocks a deployment, a warning and an info are shown. */
export type LintCategory = 'error' | 'warn' | 'info';

export interface LintIssue {
  rule: string;
  /** the model or form file, when the finding comes from a set of files */
  file?: string;
  /** the element the finding is about, to mark it on the diagram */
  id: string;
  category: LintCategory;
  message: string;
}

/** The repository's root holds `.bpmnlintrc`, above this module in the sources and in the build (dist/). */
function rcPath(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)), i = 0; i < 5; dir = dirname(dir), i++) {
    if (existsSync(join(dir, '.bpmnlintrc'))) return join(dir, '.bpmnlintrc');
  }
  throw new Error('.bpmnlintrc not found above core/models/');
}

let config: unknown;
/** The lint configuration of the repository (one file, for the CLI, the tests and the deploy gate). */
export function lintConfig(): unknown {
  return (config ??= JSON.parse(readFileSync(rcPath(), 'utf8')));
}

/** What the code's contract needs to know of one element of a model. */
export interface ElementFact {
  id: string;
  type: string;
  name: string | null;
  /** an external task's topic */
  topic: string | null;
  /** a user task's camunda:formRef and its binding */
  formRef: string | null;
  formRefBinding: string | null;
}

/** The processes (with every flow element, nested ones included) and the message names of one model. */
export interface ModelFacts {
  processes: { id: string; elements: ElementFact[] }[];
  messages: string[];
}

// bpmnlint is CommonJS and requires the ESM-only min-dash: Node itself loads that (require(esm)), Jest's module
// runtime does not. A worker thread runs it in plain Node, wherever the app runs; a lint takes a few ms there.
const LINT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const req = createRequire(workerData.from);
const { BpmnModdle } = req('bpmn-moddle');
const camunda = req('camunda-bpmn-moddle/resources/camunda.json');
const Linter = req('bpmnlint/lib/linter');
const NodeResolver = req('bpmnlint/lib/resolver/node-resolver');
(async () => {
  let rootElement;
  try {
    const parsed = await new BpmnModdle({ camunda }).fromXML(workerData.xml);
    rootElement = parsed.rootElement;
    if (!rootElement || rootElement.$type !== 'bpmn:Definitions') throw new Error('not a BPMN 2.0 definitions document');
  } catch (e) { parentPort.postMessage({ parseError: e.message }); return; }
  const linter = new Linter({ config: workerData.config, resolver: new NodeResolver() });
  const reports = await linter.lint(rootElement);
  const issues = Object.entries(reports).flatMap(([rule, rs]) => rs.map((r) => ({ rule, id: r.id, category: r.category, message: r.message })));
  const fact = (e) => ({ id: e.id, type: e.$type.replace('bpmn:', ''), name: e.name ?? null, topic: e.get('camunda:type') === 'external' ? e.get('camunda:topic') ?? null : null, formRef: e.get('camunda:formRef') ?? null, formRefBinding: e.get('camunda:formRefBinding') ?? null });
  const flow = (container) => (container.flowElements ?? []).flatMap((e) => [fact(e), ...(e.flowElements ? flow(e) : [])]);
  const roots = rootElement.rootElements ?? [];
  const facts = {
    processes: roots.filter((r) => r.$type === 'bpmn:Process').map((p) => ({ id: p.id, elements: flow(p) })),
    messages: roots.filter((r) => r.$type === 'bpmn:Message').map((m) => m.name).filter(Boolean),
  };
  parentPort.postMessage({ issues, facts });
})().catch((e) => parentPort.postMessage({ parseError: e.message }));
`;

/** Lints one model's XML and reads its facts; a document that is not BPMN gives its parse error instead. */
export function inspectModel(xml: string): Promise<{ issues: LintIssue[]; facts: ModelFacts } | { parseError: string }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(LINT_WORKER, { eval: true, workerData: { xml, config: lintConfig(), from: fileURLToPath(import.meta.url) } });
    w.once('message', (m: { issues: LintIssue[]; facts: ModelFacts } | { parseError: string }) => {
      resolve(m);
      void w.terminate();
    });
    w.once('error', reject);
  });
}
