/** Runs once per `vitest run`: every test's temporary folders go when the run starts and ends. */
import { clearScratch } from './helpers/scratch.ts';

export function setup(): () => void {
  clearScratch();
  return clearScratch;
}
