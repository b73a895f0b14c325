/**
 * Temporary folders for tests. They live under one folder of this checkout that the test run
 * empties when it starts and when it ends (tests/global-setup.ts), so a run leaves nothing behind
 * in the system's temporary folder and two checkouts never share one.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const SCRATCH_ROOT = join(import.meta.dirname, '..', '..', 'node_modules', '.test-scratch');

/** A new empty folder whose name starts with `prefix`, removed with the rest after the run. */
export function scratchDir(prefix: string): string {
  mkdirSync(SCRATCH_ROOT, { recursive: true });
  return mkdtempSync(join(SCRATCH_ROOT, `${prefix}-`));
}

export function clearScratch(): void {
  rmSync(SCRATCH_ROOT, { recursive: true, force: true });
}
