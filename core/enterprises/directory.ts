/**
 * 企业名录: every enterprise that has brought a problem (through any channel or an import) or was invited to a
 * meeting, once — found by its unified social credit code when it is known, else by its name. The latest contact
 * is kept; what a coordinator adds by hand (industry, chamber of commerce) is never overwritten by an intake.
 */
import type { EntityManager } from 'typeorm';
import { EnterpriseEntity, type Enterprise } from '../../db/entities/index.js';
import { badRequest, conflict, notFound } from '../errors.js';
import { isCreditCode } from './credit-code.js';
import { insertedId } from '../../db/inserted-id.js';

export interface EnterpriseSeen {
  name: string;
  creditCode?: string | null;
  personInCharge?: string | null;
  phone?: string | null;
}

type Seen = Pick<Enterprise, 'id' | 'creditCode' | 'personInCharge' | 'phone'>;

/** The entry with this credit code or, failing that, this name. Plain SQL: every intake asks it (docs/performance.md). */
async function findSeen(tx: EntityManager, code: string, name: string): Promise<Seen | null> {
  const by = async (column: 'credit_code' | 'name', value: string) => {
    const [r] = await tx.query<{ id: number; credit_code: string | null; person_in_charge: string | null; phone: string | null }[]>(`SELECT id, credit_code, person_in_charge, phone FROM enterprise WHERE ${column} = ?`, [value]);
    return r ? { id: Number(r.id), creditCode: r.credit_code, personInCharge: r.person_in_charge, phone: r.phone } : null;
  };
  return (await by('credit_code', code)) ?? (await by('name', name));
}

/**
 * The entry of an enterprise known by its name alone, created or given the latest contact, in one statement: most
 * intakes carry no credit code, and each asks this (docs/performance.md). A contact left out keeps the one stored.
 */
async function upsertByName(tx: EntityManager, name: string, personInCharge: string | null, phone: string | null): Promise<number> {
  if (tx.connection.options.type === 'mysql') {
    // LAST_INSERT_ID(id) makes the statement answer the existing row's id when the name is taken
    return insertedId(await tx.query(
      'INSERT INTO enterprise (name, credit_code, person_in_charge, phone) VALUES (?, NULL, ?, ?) ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id), person_in_charge = COALESCE(VALUES(person_in_charge), person_in_charge), phone = COALESCE(VALUES(phone), phone)',
      [name, personInCharge, phone],
    ));
  }
  const [row] = await tx.query<{ id: number }[]>(
    'INSERT INTO enterprise (name, credit_code, person_in_charge, phone) VALUES (?, NULL, ?, ?) ON CONFLICT (name) DO UPDATE SET person_in_charge = COALESCE(excluded.person_in_charge, person_in_charge), phone = COALESCE(excluded.phone, phone) RETURNING id',
    [name, personInCharge, phone],
  );
  return Number(row.id);
}

/** The directory entry for this enterprise, created or brought up to date; its id. */
export async function noteEnterprise(tx: EntityManager, d: EnterpriseSeen): Promise<number> {
  const name = d.name.trim();
  const code = d.creditCode?.trim().toUpperCase() || null;
  if (!code) return upsertByName(tx, name, d.personInCharge || null, d.phone || null);
  const found = await findSeen(tx, code, name);
  if (!found) {
    try {
      return insertedId(await tx.query('INSERT INTO enterprise (name, credit_code, person_in_charge, phone) VALUES (?, ?, ?, ?)', [name, code, d.personInCharge ?? null, d.phone ?? null]));
    } catch (e) {
      // Another intake of the same enterprise stored it first.
      const again = await findSeen(tx, code, name);
      if (again) return again.id;
      throw e;
    }
  }
  const patch: Partial<Enterprise> = {};
  if (!found.creditCode) patch.creditCode = code;
  if (d.personInCharge && d.personInCharge !== found.personInCharge) patch.personInCharge = d.personInCharge;
  if (d.phone && d.phone !== found.phone) patch.phone = d.phone;
  if (Object.keys(patch).length) await tx.getRepository(EnterpriseEntity).update({ id: found.id }, patch);
  return found.id;
}

export interface EnterpriseEdit {
  name?: string;
  creditCode?: string | null;
  industry?: string | null;
  chamber?: string | null;
  personInCharge?: string | null;
  phone?: string | null;
}

/** A coordinator's correction of an entry: the credit code must pass its check and belong to no other entry. */
export async function editEnterprise(tx: EntityManager, id: number, d: EnterpriseEdit): Promise<Enterprise> {
  const repo = tx.getRepository(EnterpriseEntity);
  const e = await repo.findOneBy({ id });
  if (!e) throw notFound('ENTERPRISE_NOT_FOUND', '企业名录中没有该企业');
  const code = d.creditCode === undefined ? undefined : d.creditCode?.trim().toUpperCase() || null;
  if (code && !isCreditCode(code)) throw badRequest('CREDIT_CODE_INVALID', '统一社会信用代码不正确（请核对校验位）');
  const holder = code ? await repo.findOneBy({ creditCode: code }) : null;
  if (holder && holder.id !== id) throw conflict('CREDIT_CODE_TAKEN', '该统一社会信用代码已属于名录中的另一家企业');
  if (d.name && d.name !== e.name && (await repo.findOneBy({ name: d.name }))) throw conflict('ENTERPRISE_NAME_TAKEN', '名录中已有同名企业');
  await repo.update({ id }, { ...d, ...(code !== undefined ? { creditCode: code } : {}) });
  return repo.findOneByOrFail({ id });
}
