/**
 * Malformed input over every operation of the OpenAPI document (and the Open311 endpoints), for anonymous callers
 * and every role: bad ids, bodies that are not JSON or not what the schema says, wrong charsets and encodings,
 * impossible dates, oversized and deeply nested bodies, control characters. No answer is a 5xx, each error has
 * a stable code and a message, and nothing is written — the database and the engine hold as much after as before.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import { openApiDocument } from '../web/openapi.js';
import { accessOf } from '../web/access-policy.js';
import { GROUP } from '../core/contract.js';
import { startTestSystem, type TestSystem } from './support/harness.js';

let sys: TestSystem;
const tokens: Record<string, string | null> = { anonymous: null };
/** Each role's user and its groups in the demo identities. */
const ROLES: Record<string, string[]> = {
  coordinator: [GROUP.coordinator], fgw: ['dept-fgw'], followup: [GROUP.followup], supervisor: [GROUP.supervisor], designer: [GROUP.designer], sysadmin: [GROUP.admin],
};

beforeAll(async () => {
  sys = await startTestSystem({ QQ_OPEN311_API_KEYS: 'key-malformed' });
  for (const r of Object.keys(ROLES)) tokens[r] = await sys.login(r);
});
afterAll(async () => {
  await sys?.cleanup();
});

interface Op { method: string; path: string; properties: string[] }
const ops: Op[] = Object.entries(openApiDocument.paths as Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>>)
  .flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    properties: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
  })))
  // Signing out with any body ends the caller's session; it takes no input to be malformed.
  .filter((o) => o.path !== '/api/auth/logout');
const OPEN311: Op[] = [
  { method: 'POST', path: '/open311/v2/requests.json', properties: ['api_key', 'service_code', 'description', 'phone'] },
  { method: 'POST', path: '/open311/v2/requests.xml', properties: ['api_key', 'service_code', 'description', 'phone'] },
  { method: 'GET', path: '/open311/v2/requests.json', properties: [] },
  { method: 'GET', path: '/open311/v2/requests/{id}.xml', properties: [] },
  { method: 'GET', path: '/open311/v2/servicerequestupdates.json', properties: [] },
];

const BAD_IDS = ['QQ-NO-SUCH-1', '..%2Fprocess-definition%2Fcount%3F', '%zz', '%00', 'x'.repeat(3000), '-1', '1e309', '%E4%B8%AD%E6%96%87', '..', '%2e%2e%2f%2e%2e%2fengine'];
const BAD_QUERY = ['?page=-1&pageSize=100000&year=abc', '?date=2026-02-30&days=0&from=2026-13-01&to=x', '?status[]=x&q=' + 'y'.repeat(5000), '?start_date=yesterday&end_date=%zz&service_request_id=' + ',x'.repeat(300)];

interface Attempt { headers: Record<string, string>; body?: string | Buffer; what: string }
function bodies(o: Op): Attempt[] {
  const json = { 'content-type': 'application/json' };
  const each = (v: unknown) => JSON.stringify(Object.fromEntries((o.properties.length ? o.properties : ['x']).map((p) => [p, v])));
  let deep = '1';
  for (let i = 0; i < 3000; i++) deep = `{"a":${deep}}`;
  const form = o.path.startsWith('/open311') && o.method === 'POST';
  const list: Attempt[] = [
    { headers: {}, what: 'no body' },
    { headers: json, body: '{"a":', what: 'broken JSON' },
    { headers: { 'content-type': 'text/plain' }, body: 'hello', what: 'text/plain' },
    { headers: json, body: '[]', what: 'an array' },
    { headers: json, body: 'null', what: 'null' },
    { headers: json, body: '"text"', what: 'a string' },
    { headers: json, body: each('长'.repeat(20000)), what: 'long strings' },
    { headers: json, body: each({ nested: ['x'] }), what: 'objects for strings' },
    { headers: json, body: each(12345), what: 'numbers for strings' },
    { headers: json, body: each('2026-02-30'), what: 'impossible dates' },
    { headers: json, body: each('\u0000\u202e\u001b[31m'), what: 'control characters' },
    { headers: json, body: deep, what: 'deep nesting' },
    { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}', what: 'unsupported charset' },
    { headers: { ...json, 'content-encoding': 'compress' }, body: '{}', what: 'unsupported encoding' },
    { headers: { ...json, 'content-encoding': 'gzip' }, body: '{"a":1}', what: 'gzip header on plain data' },
    { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(Buffer.from('{"a":')), what: 'gzip of broken JSON' },
    { headers: json, body: Buffer.alloc(2 * 1024 * 1024, 0x20), what: 'over the size limit' },
  ];
  if (form) {
    const f = { 'content-type': 'application/x-www-form-urlencoded' };
    list.push(
      { headers: f, body: Array.from({ length: 5000 }, (_, i) => `p${i}=x`).join('&'), what: 'thousands of form parameters' },
      { headers: f, body: 'attribute' + '[a]'.repeat(50) + '=x', what: 'deeply nested form' },
      { headers: { 'content-type': 'application/x-www-form-urlencoded; charset=latin1' }, body: 'a=1', what: 'form in an unsupported charset' },
      { headers: f, body: 'api_key=key-malformed&service_code=enterprise-problem&description=%zz&phone=1', what: 'bad percent-encoding in a form' },
    );
  }
  return list;
}

function attempts(o: Op): { url: string; init: Attempt }[] {
  const paths = o.path.includes('{') ? BAD_IDS.map((id) => o.path.replace(/\{[^}]+\}/g, id)) : [o.path];
  if (o.method === 'GET' || o.method === 'DELETE') return paths.flatMap((p) => ['', ...BAD_QUERY].map((q) => ({ url: p + q, init: { headers: {}, what: `query ${q.slice(0, 30)}` } })));
  return paths.flatMap((p) => bodies(o).map((b) => ({ url: p, init: b })));
}

async function counts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const m of sys.deps.db.entityMetadatas) {
    if (m.tableName === 'staff_session') continue; // signing in is not part of the corpus
    const [row] = await sys.deps.db.query(`SELECT COUNT(*) AS n FROM ${m.tableName}`);
    out[m.tableName] = Number(row.n);
  }
  out['engine process instances'] = (await sys.engine.request<{ count: number }>('GET', '/process-instance/count')).count;
  out['engine deployments'] = (await sys.engine.request<{ count: number }>('GET', '/deployment/count')).count;
  return out;
}

describe('malformed input over every operation', () => {
  it('is answered without a 5xx, with a code and a message, and writes nothing', async () => {
    const before = await counts();
    const failures: string[] = [];
    let sent = 0;
    // Anonymous callers everywhere; a role where the access table lets it past (a refused role is answered 403
    // before its input is read, which the authorization matrix checks).
    const callers = (o: Op) => Object.entries(tokens).filter(([role]) => {
      const access = o.path.startsWith('/open311') ? 'public' : accessOf(o.method, o.path.replace(/\{[^}]+\}/g, 'x'));
      if (role === 'anonymous') return true;
      if (access === 'public') return role === 'coordinator';
      return access === 'staff' || (access ?? []).some((g) => ROLES[role].includes(g));
    });
    const jobs = [...ops, ...OPEN311].flatMap((o) => callers(o).flatMap(([role, token]) => attempts(o).map((a) => ({ o, role, token, ...a }))));
    const worker = async () => {
      for (let j = jobs.shift(); j; j = jobs.shift()) {
        const headers: Record<string, string> = { ...j.init.headers, ...(j.token ? { authorization: `Bearer ${j.token}` } : {}) };
        const send = () => fetch(sys.url + j.url, { method: j.o.method, headers, body: j.init.body as BodyInit | undefined });
        // A pooled connection the server closed while idle (keep-alive timeout) resets once: that is not an answer.
        const res = await send().catch(send).catch((e: Error) => ({ status: 0, text: async () => `${e.message} ${String((e as { cause?: unknown }).cause)}`, headers: new Headers() }));
        sent++;
        const text = await res.text();
        const where = `${j.o.method} ${j.url.slice(0, 80)} as ${j.role} with ${j.init.what}`;
        if (res.status === 0 || res.status >= 500) failures.push(`${res.status} ${where}: ${text.slice(0, 160)}`);
        else if (res.status >= 400 && (res.headers.get('content-type') ?? '').includes('json') && !j.url.startsWith('/open311')) {
          const b = JSON.parse(text) as { code?: string; message?: string };
          if (!b.code || !b.message) failures.push(`${res.status} without code or message: ${where}`);
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(failures.slice(0, 30)).toEqual([]);
    expect(sent).toBeGreaterThan(4000);
    expect(await counts()).toEqual(before);
  }, 600_000);
});

describe('particular malformed requests', () => {
  const as = (token: string, headers: Record<string, string> = {}) => ({ authorization: `Bearer ${token}`, ...headers });
  const answer = async (path: string, init: RequestInit) => {
    const res = await fetch(sys.url + path, init);
    return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition'), body: await res.json().catch(() => null) };
  };

  it('never lets an id reach another engine resource', async () => {
    const r = await answer('/api/tasks/..%2Fprocess-definition%2Fcount%3F', { headers: as(tokens.coordinator!) });
    expect([r.status, r.body.code]).toEqual([404, 'NOT_FOUND']);
    expect((await answer('/api/tasks/%zz', { headers: as(tokens.coordinator!) })).status).toBe(400);
  });

  it('says what is wrong with the body’s type, charset and encoding', async () => {
    const post = (headers: Record<string, string>, body: string | Buffer) => answer('/api/meetings', { method: 'POST', headers: as(tokens.coordinator!, headers), body: body as BodyInit });
    expect((await post({ 'content-type': 'text/plain' }, '{"title":"x"}')).body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect((await post({ 'content-type': 'application/json; charset=latin1' }, '{}')).body.code).toBe('UNSUPPORTED_CHARSET');
    expect((await post({ 'content-type': 'application/json', 'content-encoding': 'compress' }, '{}')).body.code).toBe('UNSUPPORTED_ENCODING');
    expect((await post({ 'content-type': 'application/json', 'content-encoding': 'gzip' }, '{"title":"x"}')).body.code).toBe('MALFORMED_ENCODING');
    expect((await post({ 'content-type': 'application/json' }, '{"title":')).body.code).toBe('MALFORMED_JSON');
  });

  it('refuses a date that does not exist', async () => {
    const r = await answer('/api/items', { method: 'POST', headers: as(tokens.coordinator!, { 'content-type': 'application/json' }), body: JSON.stringify({ channel: 'visit', enterpriseName: '某公司', personInCharge: '张三', phone: '13812345678', problem: '材料反复补正', submittedOn: '2026-02-30' }) });
    expect([r.status, r.body.details.fields[0]]).toEqual([400, { field: 'submittedOn', message: '不是有效的日期', text: '提交日期不是有效的日期' }]);
  });

  it('answers a refused error report in JSON, not as a CSV attachment', async () => {
    const r = await answer('/api/imports/not-a-number/errors.csv', { headers: as(tokens.coordinator!) });
    expect([r.status, r.type.includes('json'), r.disposition]).toEqual([400, true, null]);
  });

  it('keeps control characters and direction overrides out of what it stores', async () => {
    const r = await answer('/api/notice-templates/replied', { method: 'PUT', headers: as(tokens.coordinator!, { 'content-type': 'application/json' }), body: JSON.stringify({ subject: '办理结果\u0000\u202e告知', body: '议题 {itemNo}\u001b[2J 已答复：{reply}' }) });
    expect(r.status).toBeLessThan(300);
    const saved = await sys.deps.db.query("SELECT subject, body FROM notice_template WHERE notice = 'replied'");
    expect(saved[0]).toEqual({ subject: '办理结果告知', body: '议题 {itemNo}[2J 已答复：{reply}' });
  });
});
