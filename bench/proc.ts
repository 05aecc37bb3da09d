/** What Linux's /proc says of a process the bench watches (the engine, the app, the database server). */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** CPU seconds (user + system) the process has used so far; 0 when there is no such process. */
export function cpuSeconds(pid: string | number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds of the process's main thread and of all its other threads (for node: V8's compiler and GC helpers and
 * libuv's pool; for the engine: the JVM's compiler, GC and request threads alike). Zeros when there is no such process.
 */
export function threadCpuSeconds(pid: string | number | undefined): { main: number; others: number } {
  const out = { main: 0, others: 0 };
  if (!pid) return out;
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const seconds = cpuSeconds(`${pid}/task/${tid}`);
      if (tid === String(pid)) out.main += seconds;
      else out.others += seconds;
    }
  } catch {
    // the process ended between the listing and the read
  }
  return out;
}

/** The process's resident memory now and its peak so far, MB. */
export function memoryOf(pid: string | number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(status.match(new RegExp(`${key}:\\s+(\\d+) kB`))?.[1] ?? 0);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
}

/** The MariaDB server's process on this machine, if one runs. */
export function mariadbPid(): number | undefined {
  try {
    return Number(execFileSync('pgrep', ['-o', 'mariadbd']).toString().trim()) || undefined;
  } catch {
    return undefined;
  }
}
