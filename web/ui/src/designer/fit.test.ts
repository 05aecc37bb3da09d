import { describe, expect, it } from '@jest/globals';
import { CLOSE_SCALE, fittedViewbox, MIN_SCALE, processStart } from './fit';

const host = { width: 1000, height: 500 };
const scaleOf = (vb: { width: number }) => host.width / vb.width;
const contains = (outer: { x: number; y: number; width: number; height: number }, inner: typeof outer) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

describe('a diagram opening', () => {
  it('shows a model that fits readably whole, with the bottom strip free for the watermark', () => {
    // given a model of 1200 × 300 in a host of 1000 × 500
    const model = { x: 100, y: 50, width: 1200, height: 300 };
    // when it is fitted
    const vb = fittedViewbox(model, host);
    // then the whole model is in view, at a readable scale, and nothing of it lies in the bottom 48 px
    expect(contains(vb, model)).toBe(true);
    expect(scaleOf(vb)).toBeGreaterThanOrEqual(MIN_SCALE);
    const bottomOfModel = (model.y + model.height - vb.y) * scaleOf(vb);
    expect(bottomOfModel).toBeLessThanOrEqual(host.height - 48);
  });

  it('is not enlarged beyond its natural size', () => {
    const vb = fittedViewbox({ x: 0, y: 0, width: 200, height: 100 }, host);
    expect(scaleOf(vb)).toBe(1);
  });

  it('shows a model too wide to read whole at a readable zoom centred on where the item stands', () => {
    // given the wide item model and the task in its middle
    const model = { x: 0, y: 0, width: 5000, height: 900 };
    const task = { x: 2500, y: 300, width: 100, height: 80 };
    // when it is fitted
    const vb = fittedViewbox(model, host, task);
    // then the zoom is readable and the task is in view
    expect(scaleOf(vb)).toBeCloseTo(CLOSE_SCALE);
    expect(contains(vb, task)).toBe(true);
  });

  it('shows a model too wide to read whole from its start when nothing is marked', () => {
    const model = { x: 150, y: 80, width: 5000, height: 900 };
    const vb = fittedViewbox(model, host);
    expect(scaleOf(vb)).toBeCloseTo(CLOSE_SCALE);
    expect(vb.x).toBeLessThanOrEqual(model.x);
    expect(vb.x + vb.width).toBeGreaterThan(model.x);
  });

  it('opens a large model on its own start event, not on the start of a subprocess', () => {
    // given a tall model whose process starts at the top and whose event subprocess starts lower down
    const inSub = { type: 'bpmn:StartEvent', parent: { type: 'bpmn:SubProcess' }, x: 900, y: 700, width: 36, height: 36 };
    const start = { type: 'bpmn:StartEvent', parent: { type: 'bpmn:Process' }, x: 180, y: 52, width: 36, height: 36 };
    const task = { type: 'bpmn:UserTask', parent: { type: 'bpmn:Process' }, x: 260, y: 30, width: 100, height: 80 };
    // when the start is looked for and the model fitted on it
    const found = processStart([inSub, task, start]);
    const vb = fittedViewbox({ x: 150, y: 20, width: 5000, height: 2000 }, host, found);
    // then the process's start and the first task are in view
    expect(found).toBe(start);
    expect(contains(vb, start)).toBe(true);
    expect(contains(vb, task)).toBe(true);
  });
});
