/**
 * A thin client of Operaton's REST API (/engine-rest) for the backend and the workers. Every request carries the
 * service account's basic auth and a timeout; engine failures become `EngineError` with the engine's status and
 * message, so callers can tell "the task is gone" (404) from "no instance waits for that message" (400).
 */
import http from 'node:http';
import https from 'node:https';
import { toEngineDate } from '../calendar/dates.js';
import { notFound } from '../errors.js';
import { EngineNodes, failureOf } from './engine-nodes.js';

const httpAgent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const httpsAgent = new https.Agent({ keepAlive: true, maxSockets: 64 });

export interface EngineOptions {
  url: string;
  /** Every engine node of a cluster (`url` among them); without it, `url` alone. */
  urls?: string[];
  user: string;
  password: string;
  timeoutMs: number;
}

export class EngineError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = 'EngineError';
  }
}

export type VariableValue = { value: unknown; type?: string };
export type Variables = Record<string, VariableValue>;

export interface FormRef {
  key: string;
  binding: string;
  version: number | null;
}

export interface EngineTask {
  id: string;
  name: string;
  taskDefinitionKey: string;
  processInstanceId: string;
  processDefinitionId: string;
  assignee: string | null;
  /** Who delegated the task (委派), while it is with the delegate. */
  owner?: string | null;
  delegationState?: 'PENDING' | 'RESOLVED' | null;
  created: string;
  due: string | null;
  formKey: string | null;
  /** the form the task shows (camunda:formRef), by which the code knows the task: Operaton answers it as
   * `operatonFormRef`, Camunda 7 as `camundaFormRef` */
  operatonFormRef?: FormRef | null;
  camundaFormRef?: FormRef | null;
}

export interface EngineJob {
  id: string;
  dueDate: string | null;
  processInstanceId: string;
  retries: number;
  exceptionMessage: string | null;
}

export interface ProcessInstance {
  id: string;
  businessKey: string | null;
  definitionId: string;
  ended: boolean;
}

export interface EngineDeployment {
  id: string;
  name: string | null;
  source: string | null;
  deploymentTime: string;
}

/**
 * Ids that go into an engine URL: UUIDs and numbers, definition ids (`key:version:uuid`) and the resource ids the
 * engine's whitelist allows. Anything else — a slash, `..`, a query — never reaches the engine: to the caller it is
 * simply not there.
 */
export const ENGINE_ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,254}$/;

export function engineId(id: unknown): string {
  if (typeof id !== 'string' || !ENGINE_ID.test(id) || id.includes('..')) throw notFound('NOT_FOUND', '所请求的对象不存在');
  return encodeURIComponent(id);
}

/** An engine path whose interpolated parts are checked and encoded ids: p`/task/${id}/claim`. */
export function enginePath(strings: TemplateStringsArray, ...ids: unknown[]): string {
  return strings.reduce((path, part, i) => path + part + (i < ids.length ? engineId(ids[i]) : ''), '');
}

const p = enginePath;

/**
 * Requests that change nothing, so that one cut off on the way may be sent to another node: every GET, and the
 * POSTs of the REST API that are queries (a query body on a collection, a count) or check a password.
 */
const POST_READ = /^\/(identity\/verify|(task|process-instance|process-definition|external-task|job|incident|variable-instance|history\/[a-z-]+)(\/count)?)$/;
export const readOnly = (method: string, path: string) => method === 'GET' || method === 'HEAD' || (method === 'POST' && POST_READ.test(path.split('?')[0]));

/**
 * Where an engine node answers, read once from its URL: parsing a URL for every request was a measurable part of
 * what an engine call costs the app (docs/performance.md).
 */
interface Endpoint {
  transport: typeof http | typeof https;
  agent: http.Agent;
  hostname: string;
  port: number | undefined;
  basePath: string;
}

const endpoints = new Map<string, Endpoint>();
function endpointOf(base: string): Endpoint {
  let e = endpoints.get(base);
  if (!e) {
    const u = new URL(base);
    const secure = u.protocol === 'https:';
    e = {
      transport: secure ? https : http,
      agent: secure ? httpsAgent : httpAgent,
      hostname: u.hostname.replace(/^\[|\]$/g, ''), // an IPv6 address without its brackets
      port: u.port ? Number(u.port) : undefined,
      basePath: u.pathname.replace(/\/$/, ''),
    };
    endpoints.set(base, e);
  }
  return e;
}

export class EngineClient {
  private readonly auth: string;
  /** The nodes requests go to (one, or a cluster's). */
  readonly nodes: EngineNodes;

  constructor(private readonly opts: EngineOptions) {
    this.auth = 'Basic ' + Buffer.from(`${opts.user}:${opts.password}`).toString('base64');
    this.nodes = new EngineNodes(opts.urls?.length ? opts.urls : [opts.url]);
  }

  get baseUrl(): string {
    return this.opts.url;
  }

  /**
   * Sends to the next node in turn; a node that cannot be reached is left out for a while and the request goes to
   * the next one — any request that never left, and a read whose answer was cut off (a change cut off may have
   * been made: it is not sent twice).
   */
  private async onSomeNode(method: string, path: string, send: (base: string) => Promise<{ status: number; text: string }>): Promise<{ status: number; text: string }> {
    const order = this.nodes.order();
    for (let i = 0; ; i++) {
      try {
        const answer = await send(order[i]);
        this.nodes.markUp(order[i]);
        return answer;
      } catch (e) {
        const failure = failureOf(e);
        if (failure) this.nodes.markDown(order[i]);
        const again = failure === 'not-sent' || (failure === 'cut-off' && readOnly(method, path));
        if (!again || i + 1 >= order.length) throw e;
      }
    }
  }

  /**
   * Sends one request. A command that lost an optimistic-locking race with another transaction on the same
   * instance (a worker completing a task while a message arrives) was rolled back whole by the engine, so it is
   * safe to send again; that is done up to three times.
   */
  async request<T>(method: string, path: string, body?: unknown, query?: Record<string, unknown>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.send<T>(method, path, body, query);
      } catch (e) {
        const lost = e instanceof EngineError && e.status === 500 && /ENGINE-03005|OptimisticLocking/.test(e.message);
        if (!lost || attempt >= 3) throw e;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      }
    }
  }

  private async send<T>(method: string, path: string, body?: unknown, query?: Record<string, unknown>): Promise<T> {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) search.set(k, String(v));
    const pathAndQuery = search.size ? `${path}?${search}` : path;
    const { status, text } = await this.onSomeNode(method, path, (base) => {
      return body instanceof FormData ? this.sendForm(new URL(base + pathAndQuery), method, body) : this.sendJson(endpointOf(base), pathAndQuery, method, body);
    });
    if (status >= 400) {
      let type = 'EngineError';
      let message = text;
      try {
        const j = JSON.parse(text) as { type?: string; message?: string };
        type = j.type ?? type;
        message = j.message ?? message;
      } catch {
        /* not JSON: keep the raw text */
      }
      throw new EngineError(status, type, `${method} ${path}: ${status} ${message}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /**
   * JSON requests go through node:http with a keep-alive agent: headers and body leave in one write, where
   * fetch streams the body in several (system calls are what an engine call costs the app most).
   */
  private sendJson(node: Endpoint, path: string, method: string, body: unknown): Promise<{ status: number; text: string }> {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const headers: Record<string, string | number> = { authorization: this.auth, accept: 'application/json' };
    if (payload) Object.assign(headers, { 'content-type': 'application/json', 'content-length': payload.length });
    return new Promise((resolve, reject) => {
      const options = { hostname: node.hostname, port: node.port, path: node.basePath + path, method, headers, agent: node.agent, timeout: this.opts.timeoutMs };
      const req = node.transport.request(options, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(Object.assign(new Error(`engine request timed out after ${this.opts.timeoutMs} ms`), { name: 'TimeoutError' })));
      req.on('error', reject);
      req.end(payload);
    });
  }

  private async sendForm(url: URL, method: string, form: FormData): Promise<{ status: number; text: string }> {
    const res = await fetch(url, { method, body: form, headers: { authorization: this.auth, accept: 'application/json' }, signal: AbortSignal.timeout(this.opts.timeoutMs) });
    return { status: res.status, text: await res.text() };
  }

  // ---- deployment -------------------------------------------------------------------------------------------
  async deploy(name: string, files: { name: string; content: string }[]): Promise<{ id: string }> {
    const form = new FormData();
    form.set('deployment-name', name);
    // Not deploy-changed-only: a changed form must be redeployed together with its model, since each task's
    // formRef binds to the form of the model's own deployment. Duplicate filtering still skips a deployment in
    // which nothing changed.
    form.set('enable-duplicate-filtering', 'true');
    form.set('deployment-source', 'qinqing');
    for (const f of files) form.set(f.name, new Blob([f.content], { type: 'application/octet-stream' }), f.name);
    return this.request('POST', '/deployment/create', form);
  }

  async processDefinitionXml(id: string): Promise<string> {
    return (await this.request<{ bpmn20Xml: string }>('GET', p`/process-definition/${id}/xml`)).bpmn20Xml;
  }

  /** The ids of the activities where the instance now waits (leaves of its activity instance tree). */
  async activeActivityIds(processInstanceId: string): Promise<string[]> {
    interface Node { activityId: string; childActivityInstances: Node[]; childTransitionInstances: { activityId: string }[] }
    const tree = await this.request<Node>('GET', p`/process-instance/${processInstanceId}/activity-instances`);
    const out = new Set<string>();
    const walk = (n: Node) => {
      n.childTransitionInstances.forEach((t) => out.add(t.activityId));
      if (!n.childActivityInstances.length && n.activityId !== processInstanceId) out.add(n.activityId);
      n.childActivityInstances.forEach(walk);
    };
    tree.childActivityInstances.forEach(walk);
    tree.childTransitionInstances.forEach((t) => out.add(t.activityId));
    return [...out];
  }

  /** The newest deployment of that name (a source: the release of bpmn/ or the designer). */
  latestDeploymentNamed(name: string): Promise<EngineDeployment | undefined> {
    return this.request<EngineDeployment[]>('GET', '/deployment', undefined, { name, sortBy: 'deploymentTime', sortOrder: 'desc', maxResults: 1 }).then((d) => d[0]);
  }

  latestDeployment(): Promise<EngineDeployment | undefined> {
    return this.request<EngineDeployment[]>('GET', '/deployment', undefined, { sortBy: 'deploymentTime', sortOrder: 'desc', maxResults: 1 }).then((d) => d[0]);
  }

  deploymentResources(deploymentId: string): Promise<{ id: string; name: string }[]> {
    return this.request('GET', p`/deployment/${deploymentId}/resources`);
  }

  /** A deployed resource's content (BPMN XML, form JSON) as text. */
  async resourceText(deploymentId: string, resourceId: string): Promise<string> {
    const path = p`/deployment/${deploymentId}/resources/${resourceId}/data`;
    const { status, text } = await this.onSomeNode('GET', path, (base) => this.sendJson(endpointOf(base), path, 'GET', undefined));
    if (status >= 400) throw new EngineError(status, 'EngineError', `GET resource ${resourceId}: ${status} ${text}`);
    return text;
  }

  /** Every version of every process, with its running instances. */
  /** The process definitions (key and version) a deployment created. */
  deploymentDefinitions(deploymentId: string): Promise<{ id: string; key: string; version: number }[]> {
    return this.request('GET', '/process-definition', undefined, { deploymentId: engineId(deploymentId) });
  }

  processDefinitionStatistics(): Promise<{ id: string; instances: number; definition: { id: string; key: string; name: string | null; version: number; deploymentId: string } }[]> {
    return this.request('GET', '/process-definition/statistics');
  }

  // ---- process instances -----------------------------------------------------------------------------------
  startProcess(key: string, businessKey: string, variables: Variables): Promise<ProcessInstance> {
    return this.request('POST', p`/process-definition/key/${key}/start`, { businessKey, variables });
  }

  processInstances(query: Record<string, unknown>): Promise<ProcessInstance[]> {
    return this.request('POST', '/process-instance', query);
  }

  deleteProcessInstance(id: string): Promise<void> {
    return this.request('DELETE', p`/process-instance/${id}`, undefined, { skipCustomListeners: true, skipIoMappings: true });
  }

  getVariables(processInstanceId: string): Promise<Variables> {
    return this.request('GET', p`/process-instance/${processInstanceId}/variables`, undefined, {
      deserializeValues: false,
    });
  }

  /** The named variables of an instance (none when the instance is gone: the query does not fail for it). */
  async someVariables(processInstanceId: string, names: string[]): Promise<Variables> {
    const found = await this.request<Array<{ name: string } & VariableValue>>('GET', '/variable-instance', undefined, {
      processInstanceIdIn: processInstanceId,
      variableNamesIn: names.join(','),
      deserializeValues: false,
    });
    return Object.fromEntries(found.map((v) => [v.name, { value: v.value, type: v.type }]));
  }

  setVariables(processInstanceId: string, modifications: Variables): Promise<void> {
    return this.request('POST', p`/process-instance/${processInstanceId}/variables`, { modifications });
  }

  correlate(body: {
    messageName: string;
    processInstanceId?: string;
    businessKey?: string;
    processVariables?: Variables;
    /** Set on the execution the message reaches (e.g. the event sub-process instance it starts). */
    processVariablesLocal?: Variables;
    all?: boolean;
  }): Promise<unknown> {
    return this.request('POST', '/message', { ...body, resultEnabled: true });
  }

  // ---- tasks ------------------------------------------------------------------------------------------------
  tasks(query: Record<string, unknown>, firstResult?: number, maxResults?: number): Promise<EngineTask[]> {
    return this.request('POST', '/task', query, { firstResult, maxResults });
  }

  async taskCount(query: Record<string, unknown>): Promise<number> {
    return (await this.request<{ count: number }>('POST', '/task/count', query)).count;
  }

  task(id: string): Promise<EngineTask> {
    return this.request('GET', p`/task/${id}`);
  }

  async taskCandidateGroups(id: string): Promise<string[]> {
    const links = await this.request<{ type: string; groupId: string | null }[]>('GET', p`/task/${id}/identity-links`);
    return links.filter((l) => l.type === 'candidate' && l.groupId).map((l) => l.groupId as string);
  }

  /** The Camunda Form (form-js schema) the task's `camunda:formRef` names, as deployed. */
  deployedForm(id: string): Promise<Record<string, unknown>> {
    return this.request('GET', p`/task/${id}/deployed-form`);
  }

  taskVariables(id: string): Promise<Variables> {
    return this.request('GET', p`/task/${id}/variables`, undefined, { deserializeValues: false });
  }

  claim(id: string, userId: string): Promise<void> {
    return this.request('POST', p`/task/${id}/claim`, { userId });
  }

  unclaim(id: string): Promise<void> {
    return this.request('POST', p`/task/${id}/unclaim`, {});
  }

  setAssignee(id: string, userId: string): Promise<void> {
    return this.request('POST', p`/task/${id}/assignee`, { userId });
  }

  /** 委派: the delegate works on the task and resolves it back to its owner, who completes it. */
  delegate(id: string, userId: string): Promise<void> {
    return this.request('POST', p`/task/${id}/delegate`, { userId });
  }

  resolve(id: string): Promise<void> {
    return this.request('POST', p`/task/${id}/resolve`, { variables: {} });
  }

  /**
   * Moves a task's due date. The engine's PUT /task/{id} writes every property it is given and clears the others,
   * so the task's own values travel with the new date.
   */
  async setTaskDue(id: string, due: Date): Promise<void> {
    const t = await this.request<Record<string, unknown>>('GET', p`/task/${id}`);
    const keep = ['name', 'description', 'priority', 'assignee', 'owner', 'delegationState', 'followUp', 'parentTaskId', 'caseInstanceId', 'tenantId'];
    await this.request('PUT', p`/task/${id}`, { ...Object.fromEntries(keep.map((k) => [k, t[k] ?? null])), due: toEngineDate(due) });
  }

  completeTask(id: string, variables: Variables): Promise<void> {
    return this.request('POST', p`/task/${id}/complete`, { variables });
  }

  // ---- jobs (timers) -----------------------------------------------------------------------------------------
  jobs(query: Record<string, unknown>): Promise<EngineJob[]> {
    return this.request('GET', '/job', undefined, query);
  }

  executeJob(id: string): Promise<void> {
    return this.request('POST', p`/job/${id}/execute`);
  }

  recalculateDueDate(id: string): Promise<void> {
    return this.request('POST', p`/job/${id}/duedate/recalculate`, undefined, { creationDateBased: false });
  }

  // ---- external tasks (direct use by tools and benchmarks; workers use the task client) ------------------------
  externalTasks(query: Record<string, unknown>): Promise<{ id: string; topicName: string; retries: number | null }[]> {
    return this.request('GET', '/external-task', undefined, query);
  }

  // ---- history ----------------------------------------------------------------------------------------------
  activityHistory(processInstanceId: string): Promise<{ activityId: string; activityType: string; endTime: string | null; startTime: string }[]> {
    return this.request('GET', '/history/activity-instance', undefined, {
      processInstanceId,
      sortBy: 'startTime',
      sortOrder: 'asc',
    });
  }

  historicInstance(id: string): Promise<{ id: string; state: string; endTime: string | null; endActivityId: string | null; businessKey: string }> {
    return this.request('GET', p`/history/process-instance/${id}`);
  }

  incidents(processInstanceId: string): Promise<{ id: string; incidentMessage: string }[]> {
    return this.request('GET', '/incident', undefined, { processInstanceId });
  }

  // ---- identity ---------------------------------------------------------------------------------------------
  async verifyUser(username: string, password: string): Promise<boolean> {
    const r = await this.request<{ authenticated: boolean }>('POST', '/identity/verify', { username, password });
    return r.authenticated;
  }

  async userExists(id: string): Promise<boolean> {
    return (await this.request<{ count: number }>('GET', '/user/count', undefined, { id })).count > 0;
  }

  users(query: { firstResult?: number; maxResults?: number }): Promise<{ id: string; firstName: string; lastName: string; email: string }[]> {
    return this.request('GET', '/user', undefined, { ...query, sortBy: 'userId', sortOrder: 'asc' });
  }

  /** Lifts the engine's lock after too many failed sign-ins. */
  unlockUser(id: string): Promise<void> {
    return this.request('POST', p`/user/${id}/unlock`);
  }

  /** Sets a user's password; the engine asks for the password of whoever changes it (the service account). */
  setPassword(id: string, password: string): Promise<void> {
    return this.request('PUT', p`/user/${id}/credentials`, { password, authenticatedUserPassword: this.opts.password });
  }

  user(id: string): Promise<{ id: string; firstName: string; lastName: string; email: string }> {
    return this.request('GET', p`/user/${id}/profile`);
  }

  groupsOf(userId: string): Promise<{ id: string; name: string; type: string }[]> {
    return this.request('GET', '/group', undefined, { member: userId });
  }

  groups(query: Record<string, unknown> = {}): Promise<{ id: string; name: string; type: string }[]> {
    return this.request('GET', '/group', undefined, query);
  }

  usersOfGroup(groupId: string): Promise<{ id: string; firstName: string; lastName: string; email: string }[]> {
    return this.request('GET', '/user', undefined, { memberOfGroup: groupId });
  }

  // Each ensure* is safe when two app instances start at once: a create that lost the race to the other
  // instance's is fine as long as the thing is there afterwards.
  async ensureGroup(id: string, name: string, type: string): Promise<void> {
    const exists = async () => (await this.request<unknown[]>('GET', '/group', undefined, { id })).length > 0;
    if (!(await exists())) await this.createUnlessThere(exists, () => this.request('POST', '/group/create', { id, name, type }));
  }

  async ensureUser(
    u: { id: string; firstName: string; lastName: string; email: string },
    password: string,
  ): Promise<void> {
    const exists = async () => (await this.request<unknown[]>('GET', '/user', undefined, { id: u.id })).length > 0;
    if (!(await exists())) await this.createUnlessThere(exists, () => this.request('POST', '/user/create', { profile: u, credentials: { password } }));
  }

  async ensureMembership(groupId: string, userId: string): Promise<void> {
    const exists = async () => (await this.request<unknown[]>('GET', '/user', undefined, { id: userId, memberOfGroup: groupId })).length > 0;
    if (!(await exists())) await this.createUnlessThere(exists, () => this.request('PUT', p`/group/${groupId}/members/${userId}`));
  }

  private async createUnlessThere(exists: () => Promise<boolean>, create: () => Promise<unknown>): Promise<void> {
    try {
      await create();
    } catch (e) {
      if (!(e instanceof EngineError) || !(await exists())) throw e;
    }
  }
}

/** Builds engine variables from plain values, with the types the models' expressions expect. */
export function vars(values: Record<string, unknown>): Variables {
  const out: Variables = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    if (v instanceof Date) out[k] = { value: toEngineDate(v), type: 'Date' };
    // Lists travel as comma-separated strings: the engine has no JSON data format (Spin) installed, and the
    // models index them with `${list.split(',')[loopCounter]}`.
    else if (Array.isArray(v)) out[k] = { value: v.join(','), type: 'String' };
    else if (typeof v === 'number') out[k] = { value: v, type: Number.isInteger(v) ? 'Integer' : 'Double' };
    else if (typeof v === 'boolean') out[k] = { value: v, type: 'Boolean' };
    else if (v === null) out[k] = { value: null, type: 'Null' };
    else out[k] = { value: String(v), type: 'String' };
  }
  return out;
}
