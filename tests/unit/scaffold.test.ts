/** `npm run new` writes a skeleton that, once its blanks are filled, passes the archive check. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkArchive } from '../../src/lib/checks/check-archive.ts';
import {
  ENTRY_KINDS,
  PLACEHOLDER,
  scaffoldSlug,
  scaffoldText,
  type EntryKind,
} from '../../src/lib/scaffold.ts';
import { readContentFiles, readImageFiles } from '../../src/integrations/archive-files.ts';
import { siteConfig } from '../../src/site.config.ts';
import { fixtureCopy } from '../helpers/fixture-archive.ts';

/** What a historian would write in each blank, in order of appearance. */
const FILLS: Record<EntryKind, string[]> = {
  worthy: [
    '某乙',
    '男',
    '1905',
    '1948-10-01',
    '本籍',
    '某州',
    '今某县',
    '文化',
    '测试用的新人物条目，由模板生成后填写。',
    'F1',
    '正文第一段[@F1]，见[[某县]]。',
  ],
  place: [
    '乡镇街道',
    'sucheng',
    '某城',
    '1912',
    '始称某城 [@F1]',
    '测试用的新地名条目，由模板生成后填写。',
    '正文[@F1]。',
    'F1',
  ],
  heritage: [
    '传统戏剧',
    '省级',
    '2009',
    'mou-xian',
    '测试用的新乡愁条目，由模板生成后填写。',
    'F1',
    '正文[@F1]。',
  ],
  study: ['测试编辑部', '测试用的新文章，由模板生成后填写。', 'F1', '问题', '正文', '见《某县志》[@F1]。'],
  series: ['测试编辑部', '第一辑', '测试用的新丛书，由模板生成后填写。'],
  gift: ['测试编辑部', 'wang-mou', '测试用的新礼册，由模板生成后填写。', '序言正文，介绍[[王某]]。'],
};

function check(root: string, content: string) {
  return checkArchive(readContentFiles(content, root), {
    districts: siteConfig.districts.map((d) => d.id),
    images: readImageFiles(content, root),
  });
}

describe('npm run new', () => {
  it('names files by pinyin, people by their surname reading, with an optional qualifier', () => {
    expect(scaffoldSlug('worthy', '单雄信')).toBe('shan-xiong-xin');
    expect(scaffoldSlug('worthy', '胡琏', '1946')).toBe('hu-lian-1946');
    expect(scaffoldSlug('place', '皂河镇')).toBe('zao-he-zhen');
    expect(scaffoldSlug('study', '从借黄行运到避黄行运：靳辅与皂河中河')).toBe(
      'cong-jie-huang-xing-yun-dao-bi-huang',
    );
  });

  for (const kind of Object.keys(ENTRY_KINDS) as EntryKind[]) {
    it(`${kind}: refuses the skeleton as it is, and passes once the blanks are filled`, () => {
      const { collection, extension } = ENTRY_KINDS[kind];
      const name =
        kind === 'worthy' ? '赵乙' : kind === 'place' ? '乙镇' : kind === 'heritage' ? '乙戏' : '测试标题';
      const text = scaffoldText(kind, name, '2026-11-28');
      const { root, content } = fixtureCopy();
      const file = join(content, collection, `${scaffoldSlug(kind, name)}.${extension}`);

      writeFileSync(file, text);
      const blank = check(root, content).problems;
      expect(blank.length).toBe(text.split('\n').filter((line) => line.includes(PLACEHOLDER)).length);
      expect(blank.every((p) => p.message.includes(PLACEHOLDER))).toBe(true);

      let filled = text;
      for (const value of FILLS[kind]) filled = filled.replace(PLACEHOLDER, value);
      expect(filled).not.toContain(PLACEHOLDER);
      writeFileSync(file, filled);
      expect(check(root, content).problems).toEqual([]);
    });
  }
});
