/** Where uploaded spreadsheets are kept (under the data folder, by a random name) and what kind each is. */
import { join } from 'node:path';
import type { ImportJob } from '../../db/entities/index.js';
import type { SheetKind } from './read-sheet.js';

export const importsDir = (dataDir: string) => join(dataDir, 'imports');
export const importFilePath = (dataDir: string, job: ImportJob) => join(importsDir(dataDir), job.storedAs);
export const kindOfJob = (job: ImportJob) => job.storedAs.split('.').pop() as SheetKind;
