// Types of engine-process.mjs for the TypeScript tests that start an engine of their own.
import type { ChildProcess } from 'node:child_process';

export interface EngineProcessOptions {
  port: number;
  dataDir: string;
  user: string;
  password: string;
  adminPassword: string;
  jobExecution?: boolean;
  dbUrl?: string;
  dbUser?: string;
  dbPassword?: string;
  profiles?: string;
  logFile?: string;
  timeoutMs?: number;
}

export function startEngine(options: EngineProcessOptions): Promise<{ child: ChildProcess; url: string }>;
