import { EntitySchema } from 'typeorm';
import { id, createdAt, str } from './columns.js';

export interface Department {
  id: number;
  code: string;
  name: string;
  contact: string | null;
  phone: string | null;
  createdAt: Date;
}
export const DepartmentEntity = new EntitySchema<Department>({
  name: 'Department',
  tableName: 'department',
  columns: {
    id,
    code: str(64),
    name: str(100),
    contact: str(50, true),
    phone: str(30, true),
    createdAt,
  },
  uniques: [{ name: 'uq_department_code', columns: ['code'] }],
});
