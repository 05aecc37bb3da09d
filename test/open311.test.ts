/** Open311 GeoReport v2: a 12345 platform pushes an item with its api_key and reads its status, in JSON and XML. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestSystem, type TestSystem } from './support/harness.js';
import { complete, item, waitForStatus } from './support/scenario.js';

let sys: TestSystem;

beforeAll(async () => {
  sys = await startTestSystem({ QQ_OPEN311_API_KEYS: 'key-12345-platform' });
});
afterAll(async () => {
  await sys?.cleanup();
});

const order = {
  api_key: 'key-12345-platform',
  service_code: 'enterprise-problem',
  description: '企业反映不动产登记窗口要求重复提交材料，联系电话13812341234。',
  last_name: '王',
  first_name: '建国',
  phone: '13812341234',
  'attribute[enterprise_name]': '乌审旗某化工有限公司',
  'attribute[original_id]': 'GD2026112700042',
};

async function post(body: Record<string, string>, format = 'json') {
  const res = await fetch(`${sys.url}/open311/v2/requests.${format}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body).toString() });
  return { status: res.status, text: await res.text() };
}

describe('Open311 GeoReport v2', () => {
  it('lists the service and its attributes', async () => {
    const services = await (await fetch(`${sys.url}/open311/v2/services.json`)).json();
    expect(services).toEqual([expect.objectContaining({ service_code: 'enterprise-problem', metadata: true, type: 'realtime' })]);
    const def = await (await fetch(`${sys.url}/open311/v2/services/enterprise-problem.json`)).json();
    expect(def.attributes.map((a: { code: string }) => a.code)).toEqual(['enterprise_name', 'contact_phone', 'original_id', 'suggestion']);
  });

  it('refuses a post without a valid api_key, in Open311’s error format', async () => {
    const r = await post({ ...order, api_key: 'wrong' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.text)).toEqual([{ code: 403, description: 'api_key 无效' }]);
    const x = await post({ ...order, api_key: 'wrong' }, 'xml');
    expect(x.text).toContain('<errors><error><code>403</code>');
  });

  it('takes a work order as an item of the 12345 channel and reports its status, open then closed', async () => {
    const r = await post(order);
    expect(r.status).toBe(201);
    const [{ service_request_id: itemNo }] = JSON.parse(r.text);
    const stored = await item(sys, itemNo);
    expect({ channel: stored.channel, sourceRef: stored.sourceRef, enterpriseName: stored.enterpriseName, personInCharge: stored.personInCharge }).toEqual({ channel: 'hotline12345', sourceRef: 'GD2026112700042', enterpriseName: '乌审旗某化工有限公司', personInCharge: '王建国' });
    const open = await (await fetch(`${sys.url}/open311/v2/requests/${itemNo}.json?extensions=true`)).json();
    expect(open[0]).toMatchObject({ service_request_id: itemNo, status: 'open', status_notes: '已提交，待筛查', extended_attributes: { qinqing_status: 'submitted' } });
    expect(JSON.stringify(open)).not.toMatch(/1[3-9]\d{9}|王建国/);
    // a re-sent order with the same original id is not taken twice
    expect((await post(order)).status).toBe(409);
    // when the coordinator declines it, the platform reads it as closed
    const coordinator = await sys.login('coordinator');
    await complete(sys, coordinator, stored.processInstanceId!, 'ScreenItem', { screening: 'decline', reason: '属于司法诉讼事项' });
    await waitForStatus(sys, itemNo, 'declined');
    const xml = await (await fetch(`${sys.url}/open311/v2/requests.xml?service_request_id=${itemNo}`)).text();
    expect(xml).toContain(`<service_requests><request><service_request_id>${itemNo}</service_request_id><status>closed</status>`);
    // …but the public lists show only what was accepted onto the problem list: a declined item is not among them
    const closed = await (await fetch(`${sys.url}/open311/v2/requests.json?status=closed`)).json();
    expect(closed.map((x: { service_request_id: string }) => x.service_request_id)).not.toContain(itemNo);
    const updates = await (await fetch(`${sys.url}/open311/v2/servicerequestupdates.json?start_date=2026-01-01T00:00:00Z`)).json();
    expect(updates.filter((u: { service_request_id: string }) => u.service_request_id === itemNo)).toEqual([]);
  });

  it('lists an accepted item publicly, with its steps as updates', async () => {
    const r = await post({ ...order, 'attribute[original_id]': 'GD2026112700043' });
    const [{ service_request_id: itemNo }] = JSON.parse(r.text);
    const stored = await item(sys, itemNo);
    const coordinator = await sys.login('coordinator');
    await complete(sys, coordinator, stored.processInstanceId!, 'ScreenItem', { screening: 'accept' });
    await waitForStatus(sys, itemNo, 'listed');
    const open = await (await fetch(`${sys.url}/open311/v2/requests.json?status=open`)).json();
    expect(open.map((x: { service_request_id: string }) => x.service_request_id)).toContain(itemNo);
    expect(JSON.stringify(open)).not.toMatch(/1[3-9]\d{9}|王建国/);
    const updates = await (await fetch(`${sys.url}/open311/v2/servicerequestupdates.json?start_date=2026-01-01T00:00:00Z`)).json();
    const mine = updates.filter((u: { service_request_id: string }) => u.service_request_id === itemNo).map((u: { description: string }) => u.description);
    expect(mine).toEqual(['已收到您反映的问题', '已列入问题清单，将提交政企恳谈会研究']);
  });

  it('reads status and service_code as comma-delimited lists, as GeoReport allows, and refuses a status it does not know', async () => {
    // given an item accepted onto the problem list (open)
    const r = await post({ ...order, 'attribute[original_id]': 'GD2026112700044' });
    const [{ service_request_id: itemNo }] = JSON.parse(r.text);
    const coordinator = await sys.login('coordinator');
    await complete(sys, coordinator, (await item(sys, itemNo)).processInstanceId!, 'ScreenItem', { screening: 'accept' });
    await waitForStatus(sys, itemNo, 'listed');
    const ids = async (query: string) => {
      const res = await fetch(`${sys.url}/open311/v2/requests.json?${query}`);
      expect(res.status).toBe(200);
      return ((await res.json()) as { service_request_id: string; status: string }[]).map((x) => x.service_request_id);
    };
    // when the list is asked for by several statuses and service codes, then it holds the item where one matches
    expect(await ids('status=open,closed')).toContain(itemNo);
    expect(await ids('status=closed')).not.toContain(itemNo);
    expect(await ids('service_code=enterprise-problem')).toContain(itemNo);
    expect(await ids('service_code=street-light,enterprise-problem&status=closed,open')).toContain(itemNo);
    expect(await ids('service_code=street-light')).toEqual([]);
    // with ids, every other parameter is ignored
    expect(await ids(`service_request_id=${itemNo}&status=closed&service_code=street-light`)).toEqual([itemNo]);
    // a status outside open/closed is refused in the error format
    const bad = await fetch(`${sys.url}/open311/v2/requests.xml?status=open,pending`);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain('<errors><error><code>400</code>');
  });

  it('speaks JSON and XML only: a path asking for another format is a 404 saying which formats there are', async () => {
    for (const path of ['/open311/v2/services.csv', '/open311/v2/requests.html?status=open', '/open311/discovery.yaml', '/open311/v2/services/enterprise-problem.txt']) {
      const res = await fetch(`${sys.url}${path}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const [error] = (await res.json()) as { code: number; description: string }[];
      expect(error.code).toBe(404);
      expect(error.description).toMatch(/\.json 或 \.xml/);
    }
    expect((await fetch(`${sys.url}/open311/v2/services.XML`)).status).toBe(200);
  });
});
