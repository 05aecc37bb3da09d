/**
 * An item's ledger status and the named sets of statuses every query, projection and page uses. The engine holds
 * the authoritative flow; the status mirrors it for queries. A set spelled anywhere else is refused by
 * `test/contract.test.ts`, so a new status is placed in each set here, once.
 */

export const ITEM_STATUS = [
  'submitted', 'declined', 'merged', 'listed', 'explained', 'escalated', 'awaitingDispatch', 'handling',
  'reviewing', 'replied', 'awaitingPublication', 'closed', 'published',
] as const;
export type ItemStatus = (typeof ITEM_STATUS)[number];

const set = <T extends ItemStatus[]>(...s: T): readonly ItemStatus[] => Object.freeze(s);

export const STATUS = {
  /** Nothing more happens to the item (the inbox and Open311 call these closed). */
  finished: set('declined', 'merged', 'closed', 'published'),
  /** A department or the bureau owes a step against a deadline (dispatch or reply): these can be overdue. */
  underDeadline: set('awaitingDispatch', 'handling', 'reviewing'),
  /** With the departments, after dispatch and before the reply is accepted: an extension can be asked for. */
  inHandling: set('handling', 'reviewing'),
  /** The enterprise has its answer: it can evaluate it. */
  answered: set('replied', 'awaitingPublication', 'closed', 'published'),
  /** The item's text answer (reply, explanation, reason for declining) may be shown to the enterprise. */
  answerShown: set('replied', 'awaitingPublication', 'closed', 'published', 'explained', 'declined'),
  /** Closed without handling of its own: neither a merge target nor a similar item. */
  setAside: set('merged', 'declined'),
  /** On the public record: accepted onto the problem list or later (not submitted, declined or merged). */
  public: set('listed', 'explained', 'escalated', 'awaitingDispatch', 'handling', 'reviewing', 'replied', 'awaitingPublication', 'closed', 'published'),
} as const;
export type StatusSet = keyof typeof STATUS;

export function statusIn(name: StatusSet, status: string): boolean {
  return (STATUS[name] as readonly string[]).includes(status);
}

/** For TypeORM's In(): a mutable copy of a set. */
export function statusList(name: StatusSet): ItemStatus[] {
  return [...STATUS[name]];
}

/** How the ledger and the enterprise read each status. */
export const STATUS_LABEL: Record<string, string> = {
  submitted: '已提交，待筛查', declined: '不予受理', merged: '已合并办理', listed: '已列入问题清单，待恳谈会研究',
  explained: '暂不具备解决条件，已解释说明', escalated: '已提交上级研究', awaitingDispatch: '待交办', handling: '办理中',
  reviewing: '办理中（答复审核）', replied: '已答复，待回访', awaitingPublication: '已回访，待审核公开', closed: '已办结', published: '已办结并公开',
};
