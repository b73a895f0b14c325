/**
 * New entries for `npm run new -- <kind> <名称>`: the file name in pinyin, and a frontmatter
 * skeleton commented in Chinese whose blanks are marked 【待填】 (the check refuses a file that
 * still has one, so nothing half-written is published).
 */
import { slugify } from './pinyin.ts';

export const PLACEHOLDER = '【待填】';

export const ENTRY_KINDS = {
  worthy: { collection: 'worthies', extension: 'mdx', label: '人物' },
  place: { collection: 'places', extension: 'yaml', label: '地名' },
  heritage: { collection: 'heritage', extension: 'mdx', label: '乡愁' },
  study: { collection: 'studies', extension: 'mdx', label: '文章' },
  series: { collection: 'series', extension: 'yaml', label: '丛书' },
  gift: { collection: 'gifts', extension: 'mdx', label: '礼册' },
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

export function isEntryKind(kind: string): kind is EntryKind {
  return kind in ENTRY_KINDS;
}

/** File name: the pinyin of the name (surname reading for people), plus an optional qualifier. */
export function scaffoldSlug(kind: EntryKind, name: string, qualifier?: string): string {
  const syllables = slugify(name, { person: kind === 'worthy' }).split('-');
  // Titles of articles and gifts can be long; their file names only need to be unique.
  const base = (
    kind === 'study' || kind === 'gift' || kind === 'series' ? syllables.slice(0, 8) : syllables
  ).join('-');
  const suffix = qualifier ? slugify(qualifier) : '';
  return suffix ? `${base}-${suffix}` : base;
}

const P = PLACEHOLDER;

const TEMPLATES: Record<EntryKind, (name: string, today: string) => string> = {
  worthy: (name) => `---
# 人物条目。以 # 开头的是说明，可保留也可删除；标着「待填」的地方都要改成真实内容。
# 每个字段的详细说明和例子见 CONTRIBUTING.md。
name: ${name}
# 其他名称：类型可以是 名、字、号、谥号、封号、原名、学名、别名、笔名、乳名、诨名、尊称。没有就删掉 aliases 这两行。
aliases:
  - { type: 字, name: ${P} }
sex: ${P} # 男、女、不详
# 生卒照来源写：1905、1905-03-02、前232、约1469、乾隆八年、乾隆八年（1743）、康熙年间、明末。不详就删掉这一行。
born: ${P}
died: ${P}
connection: ${P} # 与本地的关系：本籍、寓居、宦迹、关联
native:
  as: ${P} # 来源里的籍贯写法，如「下相」
  today: ${P} # 今地，如「今浙江杭州」
  # place: xia-xiang # 籍贯若在本库有地名条目，写它的文件名
# places: [xia-xiang] # 相关地点（本库地名条目的文件名）
categories: [${P}] # 政治、军事、文化、教育、科技、水利、医学、经济、工匠、艺术、革命，可多选
# relations: # 人物关系，只写在一方：对方是我的什么人
#   - { role: 叔父, to: xiang-liang }
summary: ${P}
sources:
  - ${P} # 文献库 content/bibliography.yaml 里的编号，如 S51；新来源先在那里登记
status: 草稿 # 草稿 → 待审 → 已发布；只有「已发布」出现在网站上
---

## 生平

{/* 写法：每句事实后面用 [@S51] 标出处（编号要列在上面的 sources 里），提到本库其他条目用 [[名称]]。
    传说写在 <Aside type="传说">…</Aside> 里，各说不一写在 <Aside type="异说" title="…">…</Aside> 里。
    这段注释不会显示，可以删去。 */}

${P}
`,
  place: (name) => `# 地名条目。以 # 开头的是说明；标着「待填」的地方都要改成真实内容。详见 CONTRIBUTING.md。
name: ${name}
kind: ${P} # 今政区、乡镇街道、古国、历史政区、古城址、湖泊、河道、古镇老街、古建筑、纪念地、遗址墓葬
# aliases: [别称]
districts: [${P}] # 今天所在的区县（站点配置里的 id）；地望有争议就写 []
# within: su-cheng-qu # 上级地点的文件名
names: # 历代名称，按时间先后；没有就写 names: []
  - name: ${P}
    from: ${P} # 如「东晋义熙元年（405）」
    note: ${P} # 说明与出处，如「避代宗讳改名 [@S01]」
summary: ${P}
# 正文：可以分段，用 [@S01] 标出处（编号要列在 sources 里），用 [[名称]] 链接本库其他条目。
description: |
  ${P}
sources:
  - ${P}
status: 草稿
`,
  heritage: (name) => `---
# 乡愁条目（民俗、戏曲、技艺、饮食、方言……）。标着「待填」的地方都要改成真实内容。详见 CONTRIBUTING.md。
name: ${name}
kind: ${P} # 民俗、传统戏剧、曲艺、传统舞蹈、传统音乐、传统技艺、传统美术、饮食、物产、方言、老街古镇
# 非遗名录：只写来源明确给出的；没有就写 listings: []
listings:
  - { level: ${P}, year: ${P} } # 级别：人类非遗、国家级、省级、市级、县级
places: [${P}] # 相关地点的文件名
summary: ${P}
sources:
  - ${P}
status: 草稿
---

## 概况

{/* 每句事实后面用 [@S51] 标出处，提到本库其他条目用 [[名称]]；传说写在 <Aside type="传说">…</Aside> 里。这段注释可以删去。 */}

${P}
`,
  study: (name, today) => `---
# 文史文章。标着「待填」的地方都要改成真实内容。详见 CONTRIBUTING.md。
title: ${name}
authors: [${P}]
date: ${today}
# series: da-yun-he # 所属丛书的文件名
# volume: 1 # 册次
# order: 1 # 在本册中的阅读顺序
summary: ${P}
sources:
  - ${P}
status: 草稿
---

{/* 正文分节用 ## 标题；注释用脚注[^1]，出处用 [@S01]（编号要列在 sources 里）。这段注释可以删去。 */}

## ${P}

${P}[^1]

[^1]: ${P}
`,
  series: (name) => `# 丛书。标着「待填」的地方都要改成真实内容。详见 CONTRIBUTING.md。
title: ${name}
publisher: ${P}
volumes:
  - { number: 1, title: ${P} }
summary: ${P}
status: 草稿
`,
  gift: (name, today) => `---
# 城市礼册：从本库精选条目，配上序言。标着「待填」的地方都要改成真实内容。见 README「城市礼册」一节。
title: ${name}
# subtitle: 副题
issuer: ${P} # 出品单位
date: ${today}
entries: # 收录的条目，按呈现顺序；每项写 worthy、place、heritage 或 study 之一，值为文件名
  - { worthy: ${P} }
summary: ${P}
status: 草稿
---

{/* 序言写在下面。可以用 [[名称]] 链接收录的条目。这段注释可以删去。 */}

${P}
`,
};

export function scaffoldText(kind: EntryKind, name: string, today: string): string {
  return TEMPLATES[kind](name, today);
}
