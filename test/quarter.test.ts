/** The quarterly timer opens each quarter's planning; a quarter without a held meeting is reported. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MeetingEntity, SupervisionEntity } from '../db/entities/index.js';
import { historyOf, startTestSystem, timerAt, waitFor, waitForTask, waitForWorkers, type TestSystem } from './support/harness.js';
import { holdMeeting, listedItem } from './support/scenario.js';
import { isoDate } from '../core/calendar/dates.js';
import { quarterOf } from '../core/calendar/quarter.js';

// The watch works on the quarter the timer fires in: today's.
const quarter = quarterOf(isoDate(new Date()));

let sys: TestSystem;
let coordinator: string;

beforeAll(async () => {
  sys = await startTestSystem();
  coordinator = await sys.login('coordinator');
});
afterAll(async () => {
  await sys?.cleanup();
});

describe('the quarterly watch', () => {
  it('opens this quarter’s planning task when the quarterly timer fires, and is satisfied by a held meeting', async () => {
    // given the quarterly timer start event deployed with the model
    const [timer] = await sys.engine.jobs({ processDefinitionKey: 'qinqing-quarter', timers: true });
    expect(timer.dueDate).toMatch(/-(01|04|07|10)-01T09:00:00\.000\+0800$/);
    // when it fires
    await sys.engine.executeJob(timer.id);
    const [watch] = await waitFor(async () => {
      const w = await sys.engine.processInstances({ processDefinitionKey: 'qinqing-quarter', activityIdIn: ['QuarterGateway'] });
      return w.length ? w : null;
    }, 'quarter watch');
    // then a meeting for this quarter waits to be planned, and the quarter's end is the watch's deadline
    const meeting = await waitFor(() => sys.deps.db.getRepository(MeetingEntity).findOneBy({ meetingNo: `HY-${quarter.key}-01` }), 'quarter meeting');
    await waitForTask(sys.engine, meeting.processInstanceId!, 'PlanMeeting');
    expect((await timerAt(sys.engine, watch.id, 'QuarterEnded')).dueDate).toBe(`${quarter.lastDay}T23:59:59.000+0800`);
    // when a meeting is held in the quarter
    const listed = await listedItem(sys, coordinator, 'quarter');
    await holdMeeting(sys, coordinator, isoDate(new Date()), [{ itemNo: listed.itemNo, decision: 'onSpot', answer: '已答复' }]);
    // then the watch ends compliant
    await waitFor(async () => (await sys.engine.historicInstance(watch.id)).state === 'COMPLETED', 'watch completed');
    expect(await historyOf(sys.engine, watch.id)).toContain('QuarterCompliant');
  });

  it('reports a quarter that ends without a meeting to supervisors', async () => {
    const [timer] = await sys.engine.jobs({ processDefinitionKey: 'qinqing-quarter', timers: true, activityId: 'QuarterStarted' });
    await sys.engine.executeJob(timer.id);
    const [watch] = await waitFor(async () => {
      const w = await sys.engine.processInstances({ processDefinitionKey: 'qinqing-quarter', activityIdIn: ['QuarterGateway'] });
      return w.length ? w : null;
    }, 'quarter watch');
    await sys.engine.executeJob((await timerAt(sys.engine, watch.id, 'QuarterEnded')).id);
    await waitForWorkers(sys.engine, watch.id);
    const reports = await sys.deps.db.getRepository(SupervisionEntity).findBy({ level: 'quarterMissed' });
    expect(reports).toHaveLength(1);
    expect(reports[0].quarterKey).toBe(quarter.key);
    expect(await historyOf(sys.engine, watch.id)).toContain('QuarterMissed');
  });
});
