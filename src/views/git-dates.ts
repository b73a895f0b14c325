/**
 * When each content file was first added and last changed, from one `git log` over the content
 * folder; files git does not know (new, or outside a repository) fall back to their modification time.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';

export interface FileDates {
  created: Date;
  updated: Date;
}

let history: Map<string, FileDates> | undefined;

function readHistory(root: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  try {
    const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--no-renames', '--', '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = new Date(line.slice(1));
      else if (line && current) {
        const known = dates.get(line);
        // The log runs newest first: the first sighting is the last change, the last is the creation.
        dates.set(line, { updated: known?.updated ?? current, created: current });
      }
    }
  } catch {
    // Not a git checkout (an exported tarball, a fixture): modification times will do.
  }
  return dates;
}

/** Dates of a file, given its path relative to the project root. */
export function fileDates(path: string, root: string = process.cwd()): FileDates {
  history ??= readHistory(root);
  const key = relative(root, resolve(root, path)).split('\\').join('/');
  const known = history.get(key);
  if (known) return known;
  const modified = statSync(resolve(root, path)).mtime;
  return { created: modified, updated: modified };
}
