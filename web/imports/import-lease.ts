/**
 * An import is a job in the database that any app instance may run: the instance running it holds a lease it
 * renews as it goes; when the lease runs out (the instance died or was stopped), another instance — or the same
 * one restarted — takes the job over and goes on after the last checkpoint. Leases are real time (process
 * liveness), not the injectable clock. Every write of a run is conditional on still holding the lease, so two
 * instances never both write one job.
 */
import { IsNull, LessThan, type EntityManager, type DataSource } from 'typeorm';
import { ImportJobEntity } from '../../db/entities/index.js';

/** A lease lasts `leaseMs` (QQ_IMPORT_LEASE_SECONDS) without renewal; it is renewed, and lapsed leases are looked
 * for, every third of it. */
export const renewEvery = (leaseMs: number) => Math.round(leaseMs / 3);

const until = (leaseMs: number) => new Date(Date.now() + leaseMs);

/** Takes a running job whose lease ran out: true for the one instance that got it. */
export async function claimLapsed(db: DataSource, jobId: number, instanceId: string, leaseMs: number): Promise<boolean> {
  const r = await db.transaction((tx) => tx.getRepository(ImportJobEntity).createQueryBuilder().update()
    .set({ claimedBy: instanceId, leaseUntil: until(leaseMs) })
    .where('id = :id AND status = :running AND lease_until < :now', { id: jobId, running: 'running', now: new Date() })
    .execute());
  return Boolean(r.affected);
}

/** Renews the lease inside a run's write; false when another instance has taken the job over. */
export async function renewLease(tx: EntityManager, jobId: number, instanceId: string, leaseMs: number, more: Partial<Record<'done' | 'created' | 'failed' | 'rowsRead', number>> = {}): Promise<boolean> {
  const r = await tx.getRepository(ImportJobEntity).update({ id: jobId, claimedBy: instanceId, status: 'running' }, { leaseUntil: until(leaseMs), ...more });
  return Boolean(r.affected);
}

/** Ends a run: finished or failed, if this instance still holds the job. */
export async function endRun(db: DataSource, jobId: number, instanceId: string, status: 'finished' | 'failed', finishedAt: Date): Promise<boolean> {
  const r = await db.transaction((tx) => tx.getRepository(ImportJobEntity).update({ id: jobId, claimedBy: instanceId, status: 'running' }, { status, finishedAt, leaseUntil: null }));
  return Boolean(r.affected);
}

/** Running jobs whose lease ran out. */
export async function lapsedJobs(db: DataSource): Promise<{ id: number; createdBy: string }[]> {
  return db.getRepository(ImportJobEntity).find({ select: { id: true, createdBy: true }, where: { status: 'running', leaseUntil: LessThan(new Date()) }, order: { id: 'ASC' } });
}

/** Runs from before leases (no holder, no row request ids) cannot be resumed safely: they end as failed, as then.
 * Once, at start: a run begun since has its lease from its first write. */
export async function failUnleased(db: DataSource): Promise<void> {
  await db.transaction((tx) => tx.getRepository(ImportJobEntity).update({ status: 'running', claimedBy: IsNull() }, { status: 'failed', finishedAt: new Date() }));
}

export const leaseFor = (instanceId: string, leaseMs: number) => ({ claimedBy: instanceId, leaseUntil: until(leaseMs) });
