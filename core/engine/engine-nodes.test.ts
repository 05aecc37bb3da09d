import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EngineClient, readOnly } from './engine-client.js';
import { DOWN_FOR_MS, EngineNodes, failureOf } from './engine-nodes.js';

describe('engine nodes', () => {
  it('takes the nodes in turn', () => {
    const nodes = new EngineNodes(['a', 'b', 'c']);
    expect([nodes.order()[0], nodes.order()[0], nodes.order()[0], nodes.order()[0]]).toEqual(['a', 'b', 'c', 'a']);
  });

  it('puts a node that did not answer last until its pause is over', () => {
    let t = 0;
    const nodes = new EngineNodes(['a', 'b'], () => t);
    nodes.markDown('a');
    expect(nodes.order()).toEqual(['b', 'a']);
    expect(nodes.order()).toEqual(['b', 'a']);
    expect(nodes.down()).toEqual(['a']);
    t = DOWN_FOR_MS + 1;
    expect(nodes.down()).toEqual([]);
  });

  it('tells a request that never left from one cut off on the way', () => {
    expect(failureOf(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe('not-sent');
    expect(failureOf(new TypeError('fetch failed', { cause: Object.assign(new Error(), { code: 'ECONNREFUSED' }) }))).toBe('not-sent');
    expect(failureOf(Object.assign(new Error('reset'), { code: 'ECONNRESET' }))).toBe('cut-off');
    expect(failureOf(new Error('engine said no'))).toBeNull();
  });
});

describe('requests that change nothing', () => {
  it('are the reads, the query POSTs and the password check, never a start, a completion or a message', () => {
    expect(['GET /task/abc', 'POST /task', 'POST /process-instance/count', 'POST /history/activity-instance', 'POST /identity/verify'].map((r) => readOnly(...(r.split(' ') as [string, string])))).toEqual([true, true, true, true, true]);
    expect(['POST /task/abc/complete', 'POST /message', 'POST /process-definition/key/x/start', 'POST /external-task/fetchAndLock', 'PUT /group/g/members/u', 'DELETE /process-instance/1', 'POST /deployment/create'].map((r) => readOnly(...(r.split(' ') as [string, string])))).toEqual([false, false, false, false, false, false, false]);
  });
});

describe('the engine client on two nodes', () => {
  let live: http.Server;
  let cutting: http.Server;
  let liveUrl = '';
  let cuttingUrl = '';
  const deadUrl = 'http://127.0.0.1:1/engine-rest';
  const seen: string[] = [];

  beforeAll(async () => {
    live = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ count: 7 }));
    });
    // answers nothing: the connection is dropped once the request has arrived
    cutting = http.createServer((req) => {
      seen.push(`cut ${req.method} ${req.url}`);
      req.socket.destroy();
    });
    await Promise.all([live, cutting].map((s) => new Promise<void>((r) => s.listen(0, '127.0.0.1', r))));
    liveUrl = `http://127.0.0.1:${(live.address() as AddressInfo).port}/engine-rest`;
    cuttingUrl = `http://127.0.0.1:${(cutting.address() as AddressInfo).port}/engine-rest`;
  });
  afterAll(async () => {
    await Promise.all([live, cutting].map((s) => new Promise((r) => s.close(r))));
  });

  it('sends a request that found a node down to the next node, and keeps the dead one out', async () => {
    // given a cluster whose first node is down
    const client = new EngineClient({ url: deadUrl, urls: [deadUrl, liveUrl], user: 'u', password: 'p', timeoutMs: 2000 });
    seen.length = 0;
    // when two requests are made, a change among them
    const first = await client.request<{ count: number }>('GET', '/process-definition/count');
    await client.request('POST', '/message', { messageName: 'x' });
    // then the live node answered both and the dead one is left out
    expect(first.count).toBe(7);
    expect(seen).toEqual(['GET /engine-rest/process-definition/count', 'POST /engine-rest/message']);
    expect(client.nodes.down()).toEqual([deadUrl]);
  });

  it('sends a read cut off on the way again elsewhere, but never a change that may have been made', async () => {
    const client = new EngineClient({ url: cuttingUrl, urls: [cuttingUrl, liveUrl], user: 'u', password: 'p', timeoutMs: 2000 });
    seen.length = 0;
    await expect(client.request('GET', '/task/count')).resolves.toEqual({ count: 7 });
    expect(seen).toEqual(['cut GET /engine-rest/task/count', 'GET /engine-rest/task/count']);

    const again = new EngineClient({ url: cuttingUrl, urls: [cuttingUrl, liveUrl], user: 'u', password: 'p', timeoutMs: 2000 });
    seen.length = 0;
    await expect(again.request('POST', '/process-definition/key/x/start', {})).rejects.toThrow();
    expect(seen).toEqual(['cut POST /engine-rest/process-definition/key/x/start']);
  });
});
