/**
 * The engine's history stays bounded: every process keeps its history for its historyTimeToLive from the
 * instance's end (removal-time strategy "end"), and the engine's cleanup job removes what is due in the night's
 * batch window (engine/…/application.yaml).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { engineClient } from './support/harness.js';

const engine = engineClient();
let deploymentId = '';
afterAll(async () => {
  if (deploymentId) await engine.request('DELETE', `/deployment/${deploymentId}`, undefined, { cascade: true });
});

const probe = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://qinqing.local/test">
  <bpmn:process id="qq-history-probe" isExecutable="true" camunda:historyTimeToLive="P0D">
    <bpmn:startEvent id="s" /><bpmn:sequenceFlow id="f" sourceRef="s" targetRef="e" /><bpmn:endEvent id="e" />
  </bpmn:process>
</bpmn:definitions>`;

describe('history cleanup', () => {
  it('runs in the night window by removal time, and every model of bpmn/ keeps its history for ten years', async () => {
    const config = await engine.request<{ batchWindowStartTime: string; batchWindowEndTime: string }>('GET', '/history/cleanup/configuration');
    expect([config.batchWindowStartTime, config.batchWindowEndTime].map((t) => t.slice(11, 16))).toEqual(['01:00', '05:00']);
    for (const f of readdirSync('bpmn').filter((n) => n.endsWith('.bpmn'))) {
      for (const ttl of readFileSync(`bpmn/${f}`, 'utf8').matchAll(/<bpmn:process [^>]*>/g)) expect({ f, ttl: /historyTimeToLive="([^"]+)"/.exec(ttl[0])?.[1] }).toEqual({ f, ttl: 'P3650D' });
    }
  });

  it('removes an ended instance’s history once its time to live has passed', async () => {
    // given a process whose history lives zero days, and one instance of it that ended
    const form = new FormData();
    form.set('deployment-name', 'qq-history-probe');
    form.set('probe.bpmn', new Blob([probe], { type: 'application/octet-stream' }), 'probe.bpmn');
    deploymentId = (await engine.request<{ id: string }>('POST', '/deployment/create', form)).id;
    const instance = await engine.request<{ id: string }>('POST', '/process-definition/key/qq-history-probe/start', {});
    const history = () => engine.request<{ count: number }>('GET', '/history/process-instance/count', undefined, { processInstanceId: instance.id });
    expect((await history()).count).toBe(1);
    // when the cleanup job runs (scheduled now instead of in the night's window)
    const job = await engine.request<{ id: string }>('POST', '/history/cleanup', undefined, { immediatelyDue: true });
    await engine.executeJob(job.id);
    // then the instance's history is gone
    expect((await history()).count).toBe(0);
  });
});
