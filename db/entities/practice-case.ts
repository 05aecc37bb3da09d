import { EntitySchema } from 'typeorm';
import { createdAt, id, instant, str, text } from './columns.js';

/**
 * 典型做法 (seed 三(三) 强化宣传引导): a case a coordinator writes from concluded, published items — how a kind
 * of problem was solved — for the public pages and the feed. A draft until it is published.
 */
export interface PracticeCase {
  id: number;
  title: string;
  /** the narrative, shown to the public as written (masked again when shown) */
  body: string;
  /** the published items it is drawn from, comma-separated, in the author's order */
  itemNos: string;
  status: 'draft' | 'published';
  author: string;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date | null;
}
export const PracticeCaseEntity = new EntitySchema<PracticeCase>({
  name: 'PracticeCase',
  tableName: 'practice_case',
  columns: {
    id,
    title: str(120),
    body: text(false),
    itemNos: { ...str(1000), name: 'item_nos' },
    status: str(16),
    author: str(64),
    publishedAt: instant('published_at'),
    createdAt,
    updatedAt: instant('updated_at'),
  },
  indices: [{ name: 'ix_practice_case_status', columns: ['status', 'publishedAt'] }],
});
