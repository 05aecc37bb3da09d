import { EntitySchema } from 'typeorm';
import { id, createdAt, str } from './columns.js';

/** 意见 on an item or meeting, written beside its tasks (a department's note, a coordinator's instruction). */
export interface Comment {
  id: number;
  entityKey: string;
  taskId: string | null;
  author: string;
  body: string;
  createdAt: Date;
}
export const CommentEntity = new EntitySchema<Comment>({
  name: 'Comment',
  tableName: 'item_comment',
  columns: {
    id,
    entityKey: { ...str(40), name: 'entity_key' },
    taskId: { ...str(64, true), name: 'task_id' },
    author: str(64),
    body: { type: 'text' },
    createdAt,
  },
  indices: [{ name: 'ix_comment_entity', columns: ['entityKey'] }],
});

/** 附件: a file kept under the data folder by its SHA-256, described here. */
export interface Attachment {
  id: number;
  entityKey: string;
  taskId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}
export const AttachmentEntity = new EntitySchema<Attachment>({
  name: 'Attachment',
  tableName: 'attachment',
  columns: {
    id,
    entityKey: { ...str(40), name: 'entity_key' },
    taskId: { ...str(64, true), name: 'task_id' },
    fileName: { ...str(200), name: 'file_name' },
    contentType: { ...str(100), name: 'content_type' },
    size: { type: 'integer' },
    sha256: str(64),
    uploadedBy: { ...str(64), name: 'uploaded_by' },
    createdAt,
  },
  indices: [{ name: 'ix_attachment_entity', columns: ['entityKey'] }],
});
