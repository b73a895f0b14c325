/**
 * Controlled vocabularies: the one place where the lists behind facets, badges and validation live.
 * Values are the Chinese words historians type in frontmatter; slugs are for URLs.
 */

/** Fields of activity of a worthy (乡贤), used for the 类别 facet. */
export const CATEGORIES = [
  { value: '政治', slug: 'zhengzhi' },
  { value: '军事', slug: 'junshi' },
  { value: '文化', slug: 'wenhua' },
  { value: '教育', slug: 'jiaoyu' },
  { value: '科技', slug: 'keji' },
  { value: '水利', slug: 'shuili' },
  { value: '医学', slug: 'yixue' },
  { value: '经济', slug: 'jingji' },
  { value: '工匠', slug: 'gongjiang' },
  { value: '艺术', slug: 'yishu' },
  { value: '革命', slug: 'geming' },
] as const;
export type Category = (typeof CATEGORIES)[number]['value'];
export const CATEGORY_VALUES = CATEGORIES.map((c) => c.value) as [Category, ...Category[]];

/** Kinds of alternate names (CBDB's ALTNAME types, reduced to what local sources use). */
export const ALIAS_TYPES = [
  '名',
  '字',
  '号',
  '谥号',
  '封号',
  '原名',
  '学名',
  '别名',
  '笔名',
  '乳名',
  '诨名',
  '尊称',
] as const;

/** How a worthy is tied to the city: born here, lived here, served here, or otherwise linked. */
export const CONNECTIONS = ['本籍', '寓居', '宦迹', '关联'] as const;

export const SEXES = ['男', '女', '不详'] as const;

/** Kinds of place entries. */
export const PLACE_KINDS = [
  { value: '今政区', slug: 'district' },
  { value: '乡镇街道', slug: 'town' },
  { value: '古国', slug: 'state' },
  { value: '历史政区', slug: 'historical' },
  { value: '古城址', slug: 'old-city' },
  { value: '湖泊', slug: 'lake' },
  { value: '河道', slug: 'waterway' },
  { value: '古镇老街', slug: 'old-town' },
  { value: '古建筑', slug: 'building' },
  { value: '纪念地', slug: 'memorial' },
  { value: '遗址墓葬', slug: 'site' },
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number]['value'];
export const PLACE_KIND_VALUES = PLACE_KINDS.map((k) => k.value) as [PlaceKind, ...PlaceKind[]];

/** Kinds of 乡愁 heritage, following the national intangible-heritage classes plus food, dialect and old towns. */
export const HERITAGE_KINDS = [
  { value: '民俗', slug: 'custom' },
  { value: '传统戏剧', slug: 'opera' },
  { value: '曲艺', slug: 'quyi' },
  { value: '传统舞蹈', slug: 'dance' },
  { value: '传统音乐', slug: 'music' },
  { value: '传统技艺', slug: 'craft' },
  { value: '传统美术', slug: 'art' },
  { value: '饮食', slug: 'food' },
  { value: '物产', slug: 'produce' },
  { value: '方言', slug: 'dialect' },
  { value: '老街古镇', slug: 'old-town' },
] as const;
export type HeritageKind = (typeof HERITAGE_KINDS)[number]['value'];
export const HERITAGE_KIND_VALUES = HERITAGE_KINDS.map((k) => k.value) as [HeritageKind, ...HeritageKind[]];

/** Levels of an intangible-heritage listing (名录). */
export const LISTING_LEVELS = ['人类非遗', '国家级', '省级', '市级', '县级'] as const;

/** Publication types of a source, each with its GB/T 7714-2015 type code. */
export const SOURCE_KINDS = {
  专著: 'M',
  古籍: 'M',
  方志: 'M',
  工具书: 'M',
  析出文献: 'M',
  期刊: 'J',
  报纸: 'N',
  学位论文: 'D',
  网页: 'EB',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_VALUES = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/** The editors' judgement of a source, shown beside it so readers can weigh it. */
export const RELIABILITY = ['官方', '学术', '古籍', '工具书', '百科', '媒体', '一般'] as const;

/** Editorial states; only 已发布 reaches the public build. */
export const STATUSES = ['草稿', '待审', '已发布'] as const;

/** Search terms (an entry's `keywords`, the synonyms file): longest term, in characters. */
export const TERM_MAX_LENGTH = 12;
/** Most keywords on one entry. */
export const KEYWORDS_MAX = 20;
/**
 * A search term: Chinese characters, letters, digits and the middle dot (外国人名), with single
 * spaces inside. Nothing else reaches the index: no markup, quotes or punctuation.
 */
export const TERM = /^[\p{Script=Han}\p{L}\p{N}·]+(?: [\p{Script=Han}\p{L}\p{N}·]+)*$/u;
