/**
 * 强化宣传引导: a published result on its own page, the meetings held, and an Atom feed of both — each with no
 * personal data beyond the masked public projection.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SaxesParser } from 'saxes';
import { startTestSystem, type TestSystem } from './support/harness.js';
import { approvePublication, complete, holdMeeting, listedItem, waitForStatus } from './support/scenario.js';

let sys: TestSystem;
let itemNo: string;

beforeAll(async () => {
  sys = await startTestSystem();
  const [coordinator, followup] = await Promise.all([sys.login('coordinator'), sys.login('followup')]);
  // given an item answered on the spot at a meeting of ten enterprises, evaluated and published
  const listed = await listedItem(sys, coordinator, 'publicity');
  itemNo = listed.itemNo;
  await holdMeeting(sys, coordinator, '2026-11-20', [{ itemNo, decision: 'onSpot', answer: '已现场答复，可通过一网通办办理，咨询电话13700002222。' }]);
  await waitForStatus(sys, itemNo, 'replied');
  await complete(sys, followup, listed.processInstanceId!, 'RecordEvaluation', { result: 'satisfied' });
  await approvePublication(sys, coordinator, itemNo);
});
afterAll(async () => {
  await sys?.cleanup();
});

/** The elements of an XML document by name, with their text; a malformed document throws. */
function elements(xml: string): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  const stack: { name: string; text: string }[] = [];
  const p = new SaxesParser({ xmlns: true });
  p.on('opentag', (t) => stack.push({ name: t.local, text: '' }));
  p.on('text', (t) => { if (stack.length) stack[stack.length - 1].text += t; });
  p.on('closetag', () => out.push(stack.pop()!));
  p.write(xml).close();
  return out;
}

describe('publicity', () => {
  it('gives a published result a page of its own, masked, and answers 404 for one that is not published', async () => {
    const r = await sys.call('GET', `/api/public/results/${itemNo}`, null);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ itemNo, personInCharge: '张**', result: expect.stringContaining('137****2222') });
    expect(JSON.stringify(r.body)).not.toMatch(/13812341234|13700002222|张三丰/);
    const missing = await sys.call('GET', '/api/public/results/QQ20260101ABCDEF', null);
    expect([missing.status, missing.body.code]).toEqual([404, 'RESULT_NOT_FOUND']);
  });

  it('lists the meetings held with their topics, the number of enterprises and the outcomes, and no personal data', async () => {
    const r = await sys.call('GET', '/api/public/meetings', null);
    expect(r.status).toBe(200);
    const [m] = r.body.meetings;
    expect(m).toMatchObject({ heldDate: '2026-11-20', enterprises: 10, outcomes: { 即知即办: 1 }, topics: [{ decision: '即知即办', decisionCode: 'onSpot', published: itemNo }] });
    // the invitees' representatives and phones (李总, 13700001111) are not public
    expect(JSON.stringify(r.body)).not.toMatch(/李总|13700001111|13812341234/);
  });

  it('offers an Atom feed of the results and meetings', async () => {
    const res = await fetch(`${sys.url}/api/public/feed.atom`);
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    const els = elements(xml);
    expect(els.at(-1)?.name).toBe('feed');
    const ids = els.filter((e) => e.name === 'id').map((e) => e.text);
    expect(ids).toEqual(expect.arrayContaining([expect.stringContaining(`/public/results/${itemNo}`), expect.stringContaining('/public/meetings#')]));
    expect(els.filter((e) => e.name === 'entry').length).toBeGreaterThanOrEqual(2);
    expect(xml).not.toMatch(/13700002222|13812341234|张三丰/);
  });
});
