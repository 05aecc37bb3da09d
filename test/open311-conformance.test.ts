/**
 * Open311 GeoReport v2 conformance: every answer of our endpoint — discovery, services, the service definition,
 * posting, reading, errors — validated against the GeoReport v2 constraints (test/fixtures/open311/), in JSON and
 * as well-formed XML of the spec's shape; a request made exactly as the service definition says is accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject } from 'ajv';
import { SaxesParser } from 'saxes';
import { startTestSystem, type TestSystem } from './support/harness.js';
import { complete, item, waitForStatus } from './support/scenario.js';

let sys: TestSystem;
const KEY = 'key-conformance';

beforeAll(async () => {
  sys = await startTestSystem({ QQ_OPEN311_API_KEYS: KEY });
});
afterAll(async () => {
  await sys?.cleanup();
});

// ajv and ajv-formats are CommonJS; their classes come in by require.
const require = createRequire(import.meta.url);
interface Validator { addSchema(s: object): Validator; validate(id: string, data: unknown): boolean; errors?: ErrorObject[] | null }
const Ajv = require('ajv').default as new (o: object) => Validator;
const addFormats = require('ajv-formats').default as (a: Validator) => Validator;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
for (const f of readdirSync('test/fixtures/open311').filter((x) => x.endsWith('.schema.json'))) ajv.addSchema(JSON.parse(readFileSync(`test/fixtures/open311/${f}`, 'utf8')));
function conforms(schema: string, data: unknown) {
  const ok = ajv.validate(`${schema}.schema.json`, data);
  return ok ? [] : ajv.errors!.map((e: ErrorObject) => `${e.instancePath} ${e.message}`);
}

interface Node { name: string; children: Node[]; text: string }
/** A strict XML parse (saxes fails on anything not well-formed) into a small tree. */
function xml(text: string): Node {
  const parser = new SaxesParser();
  const stack: Node[] = [{ name: '#document', children: [], text: '' }];
  parser.on('opentag', (t) => { const n = { name: t.name, children: [], text: '' }; stack[stack.length - 1].children.push(n); stack.push(n); });
  parser.on('text', (t) => { stack[stack.length - 1].text += t; });
  parser.on('closetag', () => { stack.pop(); });
  parser.write(text).close();
  expect(stack[0].children).toHaveLength(1);
  return stack[0].children[0];
}
const names = (n: Node) => n.children.map((c) => c.name);
const child = (n: Node, name: string) => n.children.find((c) => c.name === name)!;

async function get(path: string) {
  const res = await fetch(`${sys.url}/open311${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}
async function post(body: Record<string, string>, format = 'json', contentType = 'application/x-www-form-urlencoded') {
  const res = await fetch(`${sys.url}/open311/v2/requests.${format}`, { method: 'POST', headers: { 'content-type': contentType }, body: new URLSearchParams(body).toString() });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
}
const asDefined = (n: string): Record<string, string> => ({
  api_key: KEY,
  service_code: 'enterprise-problem',
  description: `企业${n}反映：工程建设项目审批材料要求重复提交。`,
  'attribute[enterprise_name]': `乌审旗规范测试${n}有限公司`,
  'attribute[contact_phone]': '0477-7654321',
});

describe('Open311 discovery and services', () => {
  it('describes the endpoint, its formats and changeset, in JSON and XML', async () => {
    const json = await get('/discovery.json');
    expect(conforms('discovery', JSON.parse(json.text))).toEqual([]);
    expect(JSON.parse(json.text).endpoints[0].url).toMatch(/\/open311\/v2$/);
    const doc = xml((await get('/discovery.xml')).text);
    expect(doc.name).toBe('discovery');
    const endpoint = child(child(doc, 'endpoints'), 'endpoint');
    expect(names(child(endpoint, 'formats'))).toEqual(['format', 'format']);
  });

  it('lists its service, and answers one service_definition object whose attributes name every field we need', async () => {
    expect(conforms('services', JSON.parse((await get('/v2/services.json')).text))).toEqual([]);
    expect(names(xml((await get('/v2/services.xml')).text))).toEqual(['service']);
    const def = JSON.parse((await get('/v2/services/enterprise-problem.json')).text);
    expect(Array.isArray(def)).toBe(false);
    expect(conforms('service-definition', def)).toEqual([]);
    expect(def.attributes.filter((a: { required: boolean }) => a.required).map((a: { code: string }) => a.code)).toEqual(['enterprise_name', 'contact_phone']);
    const doc = xml((await get('/v2/services/enterprise-problem.xml')).text);
    expect(doc.name).toBe('service_definition');
    expect(names(doc)).toEqual(['service_code', 'attributes']);
    expect(names(child(doc, 'attributes'))).toEqual(def.attributes.map(() => 'attribute'));
  });
});

describe('Open311 requests', () => {
  it('accepts a request made exactly as the service definition says, and reads it back conforming', async () => {
    const r = await post(asDefined('1'));
    expect(r.status).toBe(201);
    const created = JSON.parse(r.text);
    expect(conforms('post-response', created)).toEqual([]);
    const itemNo = created[0].service_request_id;
    const stored = await item(sys, itemNo);
    expect({ phone: stored.phone, channel: stored.channel }).toEqual({ phone: '0477-7654321', channel: 'hotline12345' });
    const read = JSON.parse((await get(`/v2/requests/${itemNo}.json`)).text);
    expect(conforms('requests', read)).toEqual([]);
    const doc = xml((await get(`/v2/requests/${itemNo}.xml`)).text);
    expect(doc.name).toBe('service_requests');
    expect(names(child(doc, 'request'))).toEqual(expect.arrayContaining(['service_request_id', 'status', 'service_code', 'requested_datetime']));

    const coordinator = await sys.login('coordinator');
    await complete(sys, coordinator, stored.processInstanceId!, 'ScreenItem', { screening: 'accept' });
    await waitForStatus(sys, itemNo, 'listed');
    const list = JSON.parse((await get('/v2/requests.json')).text);
    expect(list.map((x: { service_request_id: string }) => x.service_request_id)).toContain(itemNo);
    expect(conforms('requests', list)).toEqual([]);
  });

  it('refuses a description over GeoReport’s 4 000 characters, and a request without any phone, saying why', async () => {
    const long = await post({ ...asDefined('2'), description: '长'.repeat(4001) });
    expect(long.status).toBe(400);
    const errors = JSON.parse(long.text);
    expect(conforms('errors', errors)).toEqual([]);
    expect(errors[0].description).toContain('最多4000个字符');
    const { 'attribute[contact_phone]': _phone, ...withoutPhone } = asDefined('3');
    const noPhone = await post(withoutPhone);
    expect(noPhone.status).toBe(400);
    expect(JSON.parse(noPhone.text)[0].description).toContain('须提供联系电话');
  });

  it('answers errors of the XML endpoints in XML, also for requests broken before any route', async () => {
    const checks = [
      await post({ ...asDefined('4'), description: '长'.repeat(4001) }, 'xml'),
      await post({ ...asDefined('5'), api_key: 'wrong' }, 'xml'),
      await post(asDefined('6'), 'xml', 'application/x-www-form-urlencoded; charset=latin1'),
      await post({ ...asDefined('7'), 'a[b][c][d][e]': 'deep' }, 'xml'),
      await get('/v2/requests/QQ-NOT-THERE.xml'),
      await get('/v2/nothing-here.xml'),
    ];
    expect(checks.map((c) => c.status)).toEqual([400, 403, 415, 400, 404, 404]);
    for (const c of checks) {
      expect(c.type).toContain('application/xml');
      const doc = xml(c.text);
      expect([doc.name, names(doc)]).toEqual(['errors', ['error']]);
      expect(names(child(doc, 'error'))).toEqual(['code', 'description']);
    }
  });
});
