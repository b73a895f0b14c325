/** Checks on names across entries: slugs that fit names, aliases claimed twice, relations written twice. */
import { parseHistoricalDate } from '../dates/index.ts';
import { slugFitsName, slugify } from '../pinyin.ts';
import { type Sex } from '../../schemas/relation-roles.ts';
import { findDuplicateRelations, type DeclaredRelation } from '../relations.ts';
import { describeField } from './field-labels.ts';
import type { CheckedEntry, Problem } from './check-types.ts';

/** Collections whose file name must be the pinyin of the entry's name. */
const NAMED_COLLECTIONS = new Set(['worthies', 'places', 'heritage']);

export function checkPeople(entries: CheckedEntry[]): Problem[] {
  return [
    ...checkSlugs(entries),
    ...checkAliases(entries),
    ...checkRelations(entries),
    ...checkDynasties(entries),
  ];
}

function problem(entry: CheckedEntry, path: (string | number)[], message: string): Problem {
  return {
    file: entry.file,
    line: entry.lineOf(path),
    ...(path.length ? { field: describeField(path) } : {}),
    message,
  };
}

function checkSlugs(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!NAMED_COLLECTIONS.has(entry.collection)) continue;
    const name = entry.data['name'] as string;
    const person = entry.collection === 'worthies';
    if (!slugFitsName(entry.id, name, { person })) {
      const expected = slugify(name, { person });
      problems.push(
        problem(
          entry,
          ['name'],
          `文件名「${entry.id}」与名称「${name}」的拼音不符：应为 ${expected}，同名条目可加限定词，如 ${expected}-qing、${expected}-1905。请改文件名，或核对名称。`,
        ),
      );
    }
  }
  return problems;
}

interface Claim {
  entry: CheckedEntry;
  path: (string | number)[];
  kind: 'name' | 'alias';
}

/** An alias may lead to one person only; a person's name may not be another person's alias. */
function checkAliases(entries: CheckedEntry[]): Problem[] {
  const claims = new Map<string, Claim[]>();
  const claim = (text: string, c: Claim) => claims.set(text, [...(claims.get(text) ?? []), c]);
  for (const entry of entries) {
    if (entry.collection !== 'worthies') continue;
    claim(entry.data['name'] as string, { entry, path: ['name'], kind: 'name' });
    const aliases = (entry.data['aliases'] as { name: string }[] | undefined) ?? [];
    aliases.forEach((alias, index) =>
      claim(alias.name, { entry, path: ['aliases', index, 'name'], kind: 'alias' }),
    );
  }
  const problems: Problem[] = [];
  for (const [text, list] of claims) {
    const people = new Set(list.map((c) => c.entry.id));
    if (people.size < 2) continue;
    // Two people may share a name (重名); an alias shared with anyone else is ambiguous.
    for (const c of list.filter((c) => c.kind === 'alias')) {
      const others = list.filter((other) => other.entry.id !== c.entry.id).map((other) => other.entry.file);
      problems.push(
        problem(
          c.entry,
          c.path,
          `别名「${text}」也属于 ${[...new Set(others)].join('、')}：一个别名只能指向一个人，否则搜索和 [[${text}]] 链接无法分辨。请核对来源；若确属二人共用，请删去此别名并在正文中说明。`,
        ),
      );
    }
  }
  return problems;
}

function checkRelations(entries: CheckedEntry[]): Problem[] {
  const people = entries.filter((e) => e.collection === 'worthies');
  const byId = new Map(people.map((p) => [p.id, p]));
  const problems: Problem[] = [];
  const asRelations = (p: CheckedEntry) =>
    (
      (p.data['relations'] as ({ to?: { id: string } } & Omit<DeclaredRelation, 'to'>)[] | undefined) ?? []
    ).map((r) => ({ ...r, to: r.to?.id }));
  for (const person of people) {
    asRelations(person).forEach((relation, index) => {
      if (relation.to === person.id) {
        problems.push(
          problem(person, ['relations', index, 'to'], '人物关系指向了自己：请改成对方的文件名。'),
        );
      }
    });
  }
  const duplicates = findDuplicateRelations(
    people.map((p) => ({ id: p.id, sex: p.data['sex'] as Sex, relations: asRelations(p) })),
  );
  for (const { first, second } of duplicates) {
    const entry = byId.get(second);
    if (!entry) continue;
    const index = asRelations(entry).findIndex((r) => r.to === first);
    const firstFile = byId.get(first)?.file ?? first;
    problems.push(
      problem(
        entry,
        ['relations', index],
        `与「${first}」的关系已在 ${firstFile} 写过：关系只写在一方，另一方页面会自动显示反向关系（如一方写「叔父」，另一方自动显示「侄」）。请删去其中一条。`,
      ),
    );
  }
  return problems;
}

function checkDynasties(entries: CheckedEntry[]): Problem[] {
  const problems: Problem[] = [];
  for (const entry of entries) {
    const dynasty = entry.data['dynasty'];
    if (entry.collection !== 'worthies' || typeof dynasty !== 'string') continue;
    const parsed = parseHistoricalDate(dynasty);
    if (!parsed.ok || parsed.date.precision !== 'period') {
      problems.push(
        problem(
          entry,
          ['dynasty'],
          `「${dynasty}」不是可识别的朝代或时期：请写如 西周、春秋、秦、西汉、唐、北宋、明、清、民国。`,
        ),
      );
    }
  }
  return problems;
}
