/** Every npm script runs on the Node pinned in package.json, not on the machine's older Node. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  devDependencies: Record<string, string>;
  engines: Record<string, string>;
};

describe('runtime', () => {
  it('is the Node version pinned as the devDependency `node`', () => {
    const pinned = manifest.devDependencies['node'];
    expect(pinned).toMatch(/^24\.\d+\.\d+$/);
    expect(process.version).toBe(`v${pinned ?? ''}`);
  });

  it('agrees with .nvmrc and engines', () => {
    const nvmrc = readFileSync(new URL('../../.nvmrc', import.meta.url), 'utf8').trim();
    expect(process.versions.node.split('.')[0]).toBe(nvmrc);
    expect(manifest.engines['node']).toMatch(/^>=24\./);
  });
});
