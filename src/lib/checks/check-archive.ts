/**
 * The archive check: every validation the build relies on, run over the whole of `content/` at
 * once, with each problem located by file, line and field and explained in Chinese.
 * Pure: it receives file texts and a way to test that an image exists.
 */
import { isPublished } from '../../schemas/common.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { describeField } from './field-labels.ts';
import { describeForLinks } from '../text-links.ts';
import { inspectMdx, type ComponentUse } from '../mdx-gate.ts';
import { PLACEHOLDER } from '../scaffold.ts';
import { COLLECTION_LABELS } from '../sections.ts';
import { checkLinks, checkMarkdownTexts } from './link-checks.ts';
import { checkDateOrder } from './date-order.ts';
import { checkPeople } from './people.ts';
import { checkerSchemas, collectMarkers } from './schemas.ts';
import { parseSourceFile, type FieldPath } from './source-file.ts';
import { checkImages } from './images.ts';
import { checkHantNames } from './hant-names.ts';
import { checkSearchVocabulary } from './search-vocabulary.ts';
import type { CheckedEntry, ContentFile, ImageFile, Problem } from './check-types.ts';
import { explainIssue } from './zod-messages.ts';
import { DEFAULT_LIMITS, type ContentLimits } from './limits.ts';

export interface CheckOptions {
  /** District ids from the site config. */
  districts: readonly string[];
  /** Every image file under the content folder. */
  images: readonly ImageFile[];
  /** Preview builds publish drafts; then references to drafts are fine. */
  includeDrafts?: boolean;
  /** The year a date may not pass (a birth in the future); this year unless a test sets it. */
  currentYear?: number;
  /** Sizes and depths beyond which a file is refused (the site settings' `limits`). */
  limits?: ContentLimits;
  /** The 繁體 editions' phrase table (content/hant-phrases.yaml), when there is one. */
  hantPhrases?: { file: string; text: string } | undefined;
  /** The search synonyms file (content/search-synonyms.yaml), when there is one. */
  searchSynonyms?: { file: string; text: string } | undefined;
}

export interface CheckResult {
  problems: Problem[];
  /** Entries that parsed, drafts included (callers filter on `published`). */
  entries: CheckedEntry[];
}

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SOURCE_ID = /^[A-Za-z0-9][\w-]*$/;

export function checkArchive(files: ContentFile[], options: CheckOptions): CheckResult {
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const report = (entry: Pick<CheckedEntry, 'file' | 'lineOf'>, path: FieldPath, message: string) =>
    problems.push({
      file: entry.file,
      line: entry.lineOf(path),
      field: describeField(path) || undefined,
      message,
    } as Problem);

  // Entries whose fields failed still exist: references and links to them are not errors too.
  const unreadable: NamedStub[] = [];
  const limits = options.limits ?? DEFAULT_LIMITS;
  for (const file of files) {
    if (file.refused) {
      problems.push({ file: file.path, ...file.refused });
      continue;
    }
    if (file.collection === 'bibliography') entries.push(...readBibliography(file, problems, limits));
    else {
      const entry = readEntry(file, problems, unreadable, limits);
      if (entry) entries.push(entry);
    }
  }

  checkDuplicateIds(entries, problems);
  const registry = new Map<string, CheckedEntry>(entries.map((e) => [`${e.collection}/${e.id}`, e]));
  // A bibliography that cannot be read at all is reported once; its ids are not then "unknown" everywhere.
  const bibliographyFile = files.find((f) => f.collection === 'bibliography')?.path;
  const bibliographyUnreadable =
    bibliographyFile !== undefined &&
    problems.some((p) => p.file === bibliographyFile) &&
    !entries.some((e) => e.collection === 'bibliography');
  const exists = (collection: string, id: string) =>
    registry.has(`${collection}/${id}`) ||
    unreadable.some((u) => u.collection === collection && u.id === id) ||
    (collection === 'bibliography' && bibliographyUnreadable);
  const visible = (e: CheckedEntry) => e.published || options.includeDrafts === true;

  for (const entry of entries) {
    const { references } = collectMarkers(entry.data);
    for (const [marker, path] of references) {
      const target = registry.get(`${marker.$ref}/${marker.id}`);
      if (!target) {
        if (!exists(marker.$ref, marker.id))
          report(entry, path, unknownReference(marker.$ref, marker.id, entries));
      } else if (visible(entry) && !visible(target)) {
        report(
          entry,
          path,
          `引用的条目 ${target.file} 还没有发布（草稿或待审），公开网站上会成为死链接：请先发布那一条，或暂时删去这个引用。`,
        );
      }
    }
  }

  problems.push(...checkImages(entries, options.images, limits));
  checkPlaces(entries, options.districts, report);
  checkStudies(entries, registry, report);
  problems.push(...checkPeople(entries));
  problems.push(...checkDateOrder(entries, options.currentYear ?? new Date().getFullYear()));
  problems.push(...checkMarkdownTexts(entries));
  problems.push(...checkHantNames(entries, options.hantPhrases));
  problems.push(...checkSearchVocabulary(entries, options.searchSynonyms, limits));
  problems.push(
    ...checkLinks(entries, [...describeForLinks(entries), ...describeForLinks(unreadable)], {
      includeDrafts: options.includeDrafts === true,
      checkCitations: !bibliographyUnreadable,
    }),
  );
  return { problems: sortProblems(problems), entries };
}

/** An entry whose fields did not pass, kept so that others may still refer to it. */
interface NamedStub {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
}

/** Parses one entry file and its schema; returns undefined when its fields do not pass. */
function readEntry(
  file: ContentFile,
  problems: Problem[],
  unreadable: NamedStub[],
  limits: ContentLimits,
): CheckedEntry | undefined {
  const fileName = file.path.slice(file.path.lastIndexOf('/') + 1);
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  const id = fileName.slice(0, fileName.length - extension.length - 1);
  const source = parseSourceFile(file.text, extension === 'mdx' ? 'mdx' : 'yaml', limits);
  for (const error of source.syntaxErrors)
    problems.push({ file: file.path, line: error.line, message: error.message });
  if (!ENTRY_ID.test(id)) {
    problems.push({
      file: file.path,
      line: 1,
      message: `文件名「${id}」不合规：文件名用小写拼音和连字符，如 xiang-yu.mdx、su-cheng-qu.yaml（可用 \`npm run new\` 生成）。`,
    });
  }
  const blanks = placeholderLines(file.text);
  if (blanks.length > 0) {
    // A scaffold not yet filled in: point at the blanks rather than at every field they break.
    for (const line of blanks) {
      problems.push({
        file: file.path,
        line,
        message: `这里还有没填的占位符${PLACEHOLDER}：请改成真实内容，用不到的字段整行删掉。`,
      });
    }
    // It exists for references, but links by name wait until it is written (it starts as a draft).
    unreadable.push({ collection: file.collection, id, data: stubData({}) });
    return undefined;
  }
  let components: ComponentUse[] = [];
  if (extension === 'mdx') {
    // Runs on the raw body before any compiler sees it, whatever state the frontmatter is in.
    const inspection = inspectMdx(source.body, source.bodyLine - 1, limits.nesting);
    for (const problem of inspection.problems) {
      problems.push({ file: file.path, line: problem.line, message: problem.message });
    }
    components = inspection.components;
  }
  if (source.data === undefined) {
    unreadable.push({ collection: file.collection, id, data: stubData({}) });
    return undefined;
  }
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    problems.push({ file: file.path, line: 1, message: '元数据应是「字段: 值」的形式，每行一个字段。' });
    return undefined;
  }
  const schema = checkerSchemas[file.collection];
  const parsed = schema.safeParse(source.data, { reportInput: true });
  const entry = { file: file.path, lineOf: source.lineOf };
  if (!parsed.success) {
    unreadable.push({
      collection: file.collection,
      id,
      data: stubData(source.data as Record<string, unknown>),
    });
    for (const issue of parsed.error.issues) {
      for (const problem of explainIssue(issue)) {
        problems.push({
          file: file.path,
          line: entry.lineOf(problem.path),
          ...(problem.path.length > 0 ? { field: describeField(problem.path) } : {}),
          message: problem.message,
        });
      }
    }
    return undefined;
  }
  const data = parsed.data as Record<string, unknown>;
  return {
    collection: file.collection,
    id,
    file: file.path,
    data,
    body: source.body,
    bodyLine: source.bodyLine,
    published: isPublished(data as { draft: boolean; status: string }),
    lineOf: source.lineOf,
    components,
  };
}

function placeholderLines(text: string): number[] {
  return text.split('\n').flatMap((line, index) => (line.includes(PLACEHOLDER) ? [index + 1] : []));
}

/** The names of an entry that failed, as far as they can be read, for wiki links to it. */
function stubData(raw: Record<string, unknown>): Record<string, unknown> {
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    name: text(raw['name']) ?? text(raw['title']) ?? '',
    title: text(raw['title']),
    aliases: [],
    names: [],
    kind: text(raw['kind']) ?? '',
  };
}

/** The bibliography is one YAML map: each key a source id, each value a work. */
function readBibliography(file: ContentFile, problems: Problem[], limits: ContentLimits): CheckedEntry[] {
  const source = parseSourceFile(file.text, 'yaml', limits);
  for (const error of source.syntaxErrors)
    problems.push({ file: file.path, line: error.line, message: error.message });
  if (typeof source.data !== 'object' || source.data === null) return [];
  const entries: CheckedEntry[] = [];
  for (const [id, value] of Object.entries(source.data)) {
    const lineOf = (path: FieldPath) => source.lineOf([id, ...path]);
    if (!SOURCE_ID.test(id)) {
      problems.push({
        file: file.path,
        line: lineOf([]),
        message: `来源编号「${id}」只能由字母、数字、连字符组成，如 S51。`,
      });
    }
    const parsed = checkerSchemas.bibliography.safeParse(value, { reportInput: true });
    if (!parsed.success) {
      // Cited ids of a record with a mistake are not "unknown": the record's own problem is enough.
      entries.push({
        collection: 'bibliography',
        id,
        file: file.path,
        data: { kind: '网页', title: id },
        body: '',
        bodyLine: 1,
        published: true,
        lineOf,
        components: [],
      });
      for (const issue of parsed.error.issues) {
        for (const problem of explainIssue(issue)) {
          problems.push({
            file: file.path,
            line: lineOf(problem.path),
            field: `${id} → ${describeField(problem.path)}`,
            message: problem.message,
          });
        }
      }
      continue;
    }
    entries.push({
      collection: 'bibliography',
      id,
      file: file.path,
      data: parsed.data,
      body: '',
      bodyLine: 1,
      published: true,
      lineOf,
      components: [],
    });
  }
  return entries;
}

function checkDuplicateIds(entries: CheckedEntry[], problems: Problem[]) {
  const seen = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const key = `${entry.collection}/${entry.id}`;
    const first = seen.get(key);
    if (first) {
      problems.push({
        file: entry.file,
        line: 1,
        message: `文件名「${entry.id}」与 ${first.file} 重复：同类条目的文件名（网址）必须唯一。若是同名的不同人物或地点，请加限定词，如 ${entry.id}-qing 或 ${entry.id}-1905。`,
      });
    } else seen.set(key, entry);
  }
}

function unknownReference(collection: CollectionName, id: string, entries: CheckedEntry[]): string {
  const sameCollection = entries.filter((e) => e.collection === collection).map((e) => e.id);
  const close = sameCollection.filter((candidate) => sharesStart(candidate, id)).slice(0, 5);
  const hint = close.length > 0 ? `相近的有：${close.join('、')}。` : '';
  if (collection === 'bibliography') {
    return `文献库（content/bibliography.yaml）里没有编号「${id}」。${hint}请先在文献库中登记这个来源，或改正编号。`;
  }
  return `找不到${COLLECTION_LABELS[collection]}条目「${id}」（content/${collection}/${id}.*）。${hint}请检查文件名拼写，或先建立那个条目。`;
}

function sharesStart(a: string, b: string): boolean {
  const prefix = Math.min(3, a.length, b.length);
  return a.slice(0, prefix) === b.slice(0, prefix);
}

type Reporter = (entry: Pick<CheckedEntry, 'file' | 'lineOf'>, path: FieldPath, message: string) => void;

function checkPlaces(entries: CheckedEntry[], districts: readonly string[], report: Reporter) {
  for (const entry of entries) {
    if (entry.collection !== 'places') continue;
    const written = (entry.data['districts'] as string[] | undefined) ?? [];
    written.forEach((district, index) => {
      if (!districts.includes(district)) {
        report(
          entry,
          ['districts', index],
          `区县「${district}」不在站点配置里：可用的是 ${districts.join('、')}。`,
        );
      }
    });
  }
}

function checkStudies(entries: CheckedEntry[], registry: Map<string, CheckedEntry>, report: Reporter) {
  const positions = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    if (entry.collection !== 'studies') continue;
    const series = entry.data['series'] as { id: string } | undefined;
    const volume = entry.data['volume'] as number | undefined;
    const order = entry.data['order'] as number | undefined;
    if (!series) {
      if (volume !== undefined)
        report(entry, ['volume'], '写了册次（volume）却没写丛书（series）：请补上丛书的文件名。');
      continue;
    }
    const seriesEntry = registry.get(`series/${series.id}`);
    const volumes = (seriesEntry?.data['volumes'] as { number: number }[] | undefined) ?? [];
    if (seriesEntry && volume === undefined) {
      report(
        entry,
        ['volume'],
        `文章属于丛书「${series.id}」，请写明所在册次（volume），可选：${volumes.map((v) => v.number).join('、')}。`,
      );
    } else if (seriesEntry && !volumes.some((v) => v.number === volume)) {
      report(
        entry,
        ['volume'],
        `丛书「${series.id}」没有第 ${volume} 册：可选 ${volumes.map((v) => v.number).join('、')}。`,
      );
    }
    if (order !== undefined && volume !== undefined) {
      const key = `${series.id}/${volume}/${order}`;
      const other = positions.get(key);
      if (other)
        report(entry, ['order'], `阅读顺序 ${order} 已被 ${other.file} 占用：同一册里顺序号不能重复。`);
      else positions.set(key, entry);
    }
  }
}

function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
