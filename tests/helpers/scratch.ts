/**
 * Temporary folders for tests. They live under one folder of this checkout, one sub-folder per
 * test run, which the run empties when it starts and removes when it ends (tests/global-setup.ts),
 * so a run leaves nothing behind in the system's temporary folder, two checkouts never share one,
 * and a second run started meanwhile (one test file while the suite runs) leaves the first's alone.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SCRATCH_BASE = join(import.meta.dirname, '..', '..', 'node_modules', '.test-scratch');

// The run's name is chosen in the main process and inherited by the workers it starts.
const RUN = (process.env['TEST_SCRATCH_RUN'] ??= `run-${process.pid}`);

/** This run's folder. */
export const SCRATCH_ROOT = join(SCRATCH_BASE, RUN);

/** A new empty folder whose name starts with `prefix`, removed with the rest after the run. */
export function scratchDir(prefix: string): string {
  mkdirSync(SCRATCH_ROOT, { recursive: true });
  return mkdtempSync(join(SCRATCH_ROOT, `${prefix}-`));
}

/** Empties this run's folder, and removes those of earlier runs that were killed before their end. */
export function clearScratch(): void {
  rmSync(SCRATCH_ROOT, { recursive: true, force: true });
  let runs: string[] = [];
  try {
    runs = readdirSync(SCRATCH_BASE);
  } catch {
    return;
  }
  for (const run of runs) {
    const pid = Number(/^run-(\d+)$/.exec(run)?.[1]);
    if (!pid || !isRunning(pid)) rmSync(join(SCRATCH_BASE, run), { recursive: true, force: true });
  }
}

/** Whether a process with this id is alive (a lock's or a run folder's owner). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
