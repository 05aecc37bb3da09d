import { EntitySchema } from 'typeorm';
import { createdAt, id, instant, str, text } from './columns.js';

/**
 * A designer's unsaved change to one model or form file, kept on the server so that it survives the browser and
 * other designers see it. One draft per designer and file; deploying it removes it and says whose it was.
 */
export interface ModelDraft {
  id: number;
  owner: string;
  /** the file in the deployment: `qinqing-item.bpmn`, `forms/ScreenItem.form` */
  fileName: string;
  content: string;
  /** the deployment the draft was started from: a newer one means someone deployed since */
  baseDeploymentId: string | null;
  createdAt: Date;
  updatedAt: Date | null;
}
export const ModelDraftEntity = new EntitySchema<ModelDraft>({
  name: 'ModelDraft',
  tableName: 'model_draft',
  columns: {
    id,
    owner: str(64),
    fileName: { ...str(120), name: 'file_name' },
    content: text(false),
    baseDeploymentId: { ...str(64, true), name: 'base_deployment_id' },
    createdAt,
    updatedAt: instant('updated_at'),
  },
  indices: [{ name: 'uq_model_draft_owner_file', columns: ['owner', 'fileName'], unique: true }],
});
