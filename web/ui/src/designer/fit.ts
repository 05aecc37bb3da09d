/**
 * How a diagram opens: the whole model when it is readable that way, else a readable zoom centred on the
 * element that matters (where the item stands). `fit-viewport` alone made the wide item model tiny, and drew it
 * under the bpmn.io watermark in the bottom right corner, which its licence keeps visible: the fit leaves a
 * margin, and the bottom strip free, so that no label lies under the logo.
 */
export interface Box { x: number; y: number; width: number; height: number }

export interface Viewbox extends Box {
  scale: number;
  inner: Box;
  outer: { width: number; height: number };
}

export interface FitCanvas {
  viewbox(): Viewbox;
  viewbox(box: Box): void;
}

/** Below this the labels (11 px) cannot be read. */
export const MIN_SCALE = 0.55;
/** A readable zoom when the whole model does not fit. */
export const CLOSE_SCALE = 0.8;
/** Margin round the model, and the strip at the bottom the watermark takes (its height is 23 px at 14 px font). */
const MARGIN = 16;
const WATERMARK = 48;

/**
 * The viewbox that shows `inner` (the model's extent) in a host of `outer` size: whole, or — when that would be
 * smaller than MIN_SCALE — at CLOSE_SCALE centred on `focus` (the model's start when there is none).
 */
export function fittedViewbox(inner: Box, outer: { width: number; height: number }, focus?: Box): Box {
  const fit = Math.min((outer.width - 2 * MARGIN) / inner.width, (outer.height - MARGIN - WATERMARK) / inner.height, 1);
  if (fit >= MIN_SCALE) {
    // centred across, at the top: the strip below stays free for the watermark
    const width = outer.width / fit;
    const height = outer.height / fit;
    return { x: inner.x - (width - inner.width) / 2, y: inner.y - MARGIN / fit, width, height };
  }
  const width = outer.width / CLOSE_SCALE;
  const height = outer.height / CLOSE_SCALE;
  const f = focus ?? { x: inner.x, y: inner.y + inner.height / 2, width: 0, height: 0 };
  const cx = focus ? f.x + f.width / 2 : inner.x + width / 2 - MARGIN / CLOSE_SCALE;
  const cy = f.y + f.height / 2;
  return { x: cx - width / 2, y: cy - (height - WATERMARK / CLOSE_SCALE) / 2, width, height };
}

interface Shape extends Box { type: string; parent?: { type: string } }

/** The process's own start event (not one of a subprocess): where reading a model begins. */
export function processStart(shapes: Shape[]): Box | undefined {
  return shapes.find((s) => s.type === 'bpmn:StartEvent' && (s.parent?.type === 'bpmn:Process' || s.parent?.type === 'bpmn:Participant'));
}

/**
 * Applies fittedViewbox to a bpmn-js canvas; without a focus, a model too large to read whole opens on its start
 * (the middle of a tall model may be an empty stretch, and the first task out of view).
 */
export function fitDiagram(canvas: FitCanvas, registry: { getAll(): unknown[] }, focus?: Box): void {
  const vb = canvas.viewbox();
  if (!vb.inner.width || !vb.inner.height) return;
  canvas.viewbox(fittedViewbox(vb.inner, vb.outer, focus ?? processStart(registry.getAll() as Shape[])));
}
