import { describe, expect, it } from '@jest/globals';
import { publicTimeline } from './public-timeline.js';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 20, 2, minute));

describe('the public timeline of an item', () => {
  it('shows the enterprise its steps in its words and leaves out the internal ones', () => {
    // given an item's action log with internal steps between the public ones
    const log = ['item.submitted', 'task.claimed', 'item.listed', 'item.meetingDecided', 'item.dispatchDueSet', 'item.dispatched', 'item.handlingDueSet', 'item.commented', 'supervision.remind', 'item.replySubmitted', 'item.replied', 'item.deadlineRetimed']
      .map((action, n) => ({ action, createdAt: at(n) }));
    // when it is projected for the tracking page
    const steps = publicTimeline(log);
    // then only the steps that change what the enterprise can expect remain, in order and in words
    expect(steps.map((s) => s.label)).toEqual(['已收到您反映的问题', '已列入问题清单，将提交政企恳谈会研究', '政企恳谈会已研究', '已交办责任部门办理', '责任部门已答复']);
    expect(steps[3].at).toEqual(at(5));
    expect(JSON.stringify(steps)).not.toMatch(/时限|task\.|item\./);
  });

  it('shows a step written twice in a row once', () => {
    expect(publicTimeline([{ action: 'item.replied', createdAt: at(1) }, { action: 'item.replied', createdAt: at(2) }])).toEqual([{ at: at(1), key: 'replied', label: '责任部门已答复' }]);
  });
});
