/**
 * 提交议题 (form 1): stores the item and starts its process. The enterprise gets the item number and a tracking
 * code; replaying the same client request id returns the same answer and creates nothing new.
 */
import { isCreditCode } from '../../core/enterprises/credit-code.js';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { ItemEntity, CHANNELS } from '../../db/entities/index.js';
import { submit } from '../../core/items/commands/submit.js';
import type { NewItem } from '../../core/items/item-store.js';
import { PROCESS, VAR } from '../../core/contract.js';
import { vars } from '../../core/engine/engine-client.js';
import { isoDate } from '../../core/calendar/dates.js';
import { conflict } from '../../core/errors.js';
import { isoDay, parse, phone, text, z } from '../validation.js';
import type { AppDeps } from '../deps.js';

export const form1Schema = z.object({
  enterpriseName: text(200),
  /** 统一社会信用代码, optional; checked by its check character. */
  creditCode: z.string().trim().toUpperCase().refine(isCreditCode, '统一社会信用代码不正确（请核对校验位）').optional(),
  personInCharge: text(50),
  phone,
  email: z.string().trim().email().max(200).optional(),
  problem: text(5000),
  suggestion: z.string().trim().max(5000).optional(),
  remarks: z.string().trim().max(2000).optional(),
  clientRequestId: z.string().trim().min(8).max(64).optional(),
});

export const staffIntakeSchema = form1Schema.extend({
  channel: z.enum(CHANNELS),
  sourceRef: z.string().trim().min(1).max(64).optional(),
  submittedOn: isoDay.optional(),
});

export type SubmitInput = z.infer<typeof staffIntakeSchema>;

export function trackingCodeFor(secret: string, itemNo: string): string {
  // Derived, not stored: a replayed submission gets the same code back; only its hash is kept.
  return createHmac('sha256', secret).update(itemNo).digest('base64url').replace(/[-_]/g, '').slice(0, 10).toUpperCase();
}

export const hashCode = (code: string) => createHash('sha256').update(code.trim().toUpperCase()).digest('hex');

/**
 * 24 random bits a day: the number's random part, drawn from a pool of random bytes (one call to the system's
 * generator per thousand numbers, not one per item).
 */
let randomPool = Buffer.alloc(0);
function newItemNo(now: Date): string {
  if (randomPool.length < 3) randomPool = randomBytes(3 * 1024);
  const part = randomPool.subarray(0, 3);
  randomPool = randomPool.subarray(3);
  return `QQ${isoDate(now).replace(/-/g, '')}${part.toString('hex').toUpperCase()}`;
}

/**
 * A clash of two numbers is rare but not impossible (a 100 000-row import on one day meets a few hundred): the
 * item's unique number refuses the second row, and the item starts again under a new number, its first instance
 * removed. No lookup before the engine call: a lookup would cost every item a round trip to the database to spare
 * one item in a few hundred an engine call (docs/performance.md).
 */
const NUMBER_ATTEMPTS = 5;

export interface SubmitResult {
  itemNo: string;
  trackingCode: string;
  replayed: boolean;
}

export async function submitItem(deps: AppDeps, input: SubmitInput, actor: string, draw: (now: Date) => string = newItemNo): Promise<SubmitResult> {
  const repo = deps.db.getRepository(ItemEntity);
  const replay = async () => {
    const prior = input.clientRequestId ? await repo.findOneBy({ clientRequestId: input.clientRequestId }) : null;
    return prior && { itemNo: prior.itemNo, trackingCode: trackingCodeFor(deps.config.secret, prior.itemNo), replayed: true };
  };
  const sourceTaken = async () => {
    const prior = input.sourceRef ? await repo.findOneBy({ channel: input.channel, sourceRef: input.sourceRef }) : null;
    return prior && conflict('ITEM_SOURCE_EXISTS', `来源编号 ${input.sourceRef} 已登记为议题 ${prior.itemNo}`);
  };
  const replayed = await replay();
  if (replayed) return replayed;
  const taken = await sourceTaken();
  if (taken) throw taken;
  const now = deps.clock();
  for (let attempt = 1; ; attempt++) {
    const itemNo = draw(now);
    const trackingCode = trackingCodeFor(deps.config.secret, itemNo);
    const row: Omit<NewItem, 'processInstanceId'> = {
      itemNo,
      channel: input.channel,
      sourceRef: input.sourceRef ?? null,
      enterpriseName: input.enterpriseName,
      personInCharge: input.personInCharge,
      phone: input.phone,
      email: input.email ?? null,
      submittedOn: input.submittedOn ?? isoDate(now),
      problem: input.problem,
      suggestion: input.suggestion ?? null,
      remarks: input.remarks ?? null,
      trackingCodeHash: hashCode(trackingCode),
      clientRequestId: input.clientRequestId ?? null,
      extensionCount: 0,
      rehandleCount: 0,
    };
    // The instance starts first and the row is written once, with its instance id: one engine call and one
    // transaction per item. The process waits for screening (a person) before anything reads the row. If the row
    // cannot be written, the instance is removed again: nothing is left half-written.
    const instance = await deps.engine.startProcess(PROCESS.item, itemNo, vars({ [VAR.itemNo]: itemNo }));
    try {
      await deps.db.transaction(async (tx) => {
        await submit({ tx, actor, now }, { ...row, processInstanceId: instance.id }, { creditCode: input.creditCode });
      });
      return { itemNo, trackingCode, replayed: false };
    } catch (e) {
      await deps.engine.deleteProcessInstance(instance.id).catch((cleanup: Error) => deps.log.error('could not remove the instance of an unsaved item', { itemNo, error: cleanup.message }));
      // Two replays of one request raced, or two intakes of one source: the other one stored it.
      const raced = await replay();
      if (raced) return raced;
      const sourceRaced = await sourceTaken();
      if (sourceRaced) throw sourceRaced;
      // Another item has this number: start again under a new one.
      if (attempt < NUMBER_ATTEMPTS && (await repo.existsBy({ itemNo }))) continue;
      throw e;
    }
  }
}

export function parseForm1(body: unknown): SubmitInput {
  return { ...parse(form1Schema, body), channel: 'online' };
}

export function parseStaffIntake(body: unknown): SubmitInput {
  return parse(staffIntakeSchema, body);
}
