import { EntitySchema } from 'typeorm';
import { id, createdAt, str } from './columns.js';

export interface Enterprise {
  id: number;
  name: string;
  creditCode: string | null;
  personInCharge: string | null;
  phone: string | null;
  /** 所属行业, as the bureau writes it. */
  industry: string | null;
  /** 商会 / 协会 the enterprise belongs to. */
  chamber: string | null;
  createdAt: Date;
}
export const EnterpriseEntity = new EntitySchema<Enterprise>({
  name: 'Enterprise',
  tableName: 'enterprise',
  columns: {
    id,
    name: str(200),
    creditCode: { ...str(18, true), name: 'credit_code' },
    personInCharge: { ...str(50, true), name: 'person_in_charge' },
    phone: str(30, true),
    industry: str(64, true),
    chamber: str(100, true),
    createdAt,
  },
  uniques: [{ name: 'uq_enterprise_name', columns: ['name'] }],
  indices: [{ name: 'uq_enterprise_credit_code', columns: ['creditCode'], unique: true }],
});
