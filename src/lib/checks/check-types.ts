import type { CollectionName } from '../../schemas/index.ts';
import type { ComponentUse } from '../mdx-gate.ts';
import type { FieldPath } from './source-file.ts';

/** A file under `content/` as read from disk. */
export interface ContentFile {
  collection: CollectionName;
  /** Path shown in messages, relative to the project root (`content/worthies/xiang-yu.mdx`). */
  path: string;
  text: string;
  /** Why the file was not read (outside the repository, too large, not UTF-8, wrong kind). */
  refused?: { line: number; message: string };
}

/** An image file under `content/`, with what the check needs to judge it. */
export interface ImageFile {
  /** Path relative to the project root, like ContentFile.path. */
  path: string;
  bytes: number;
  /** Pixel size when the format could be read. */
  size?: { width: number; height: number } | undefined;
  /** Why the file was not read (a symbolic link leaving the repository). */
  refused?: string;
}

/** One thing wrong, located as precisely as the file allows. */
export interface Problem {
  file: string;
  line: number;
  /** Field as a historian reads it: 「生年」（born）. */
  field?: string;
  /** What is wrong and how to fix it, in plain Chinese. */
  message: string;
}

/** An entry that parsed; `data` is the schema's output with references as markers. */
export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  published: boolean;
  lineOf: (path: FieldPath) => number;
  /** Site components the MDX body uses (Figure, EntryLink …), with their lines. */
  components: ComponentUse[];
}
