/** The archive's sections, in navigation order. */
export const SECTIONS = [
  { name: '乡贤', path: 'worthies/', description: '本籍与宦迹本地的历代人物' },
  { name: '地名', path: 'places/', description: '今区县、历史政区、湖泊运河与古迹' },
  { name: '乡愁', path: 'heritage/', description: '民俗、曲艺、技艺、饮食与方言' },
  { name: '文史', path: 'studies/', description: '丛书与专题文章' },
  { name: '礼册', path: 'gifts/', description: '城市礼册：精选条目的呈送本' },
  { name: '年表', path: 'timeline/', description: '人物、大事与文史专题，按年代排在一条时间轴上' },
  { name: '地图', path: 'map/', description: '各区县的地点、湖泊与运河示意图' },
  { name: '人物关系', path: 'relations/', description: '亲属、师承与交游，两个方向都可读' },
  { name: '数据', path: 'data/', description: '全部条目的 JSON 与 CSV 开放数据' },
  { name: '关于', path: 'about/', description: '本库的来源、体例与许可' },
] as const;

/** What one entry of each collection is called. */
export const COLLECTION_LABELS: Record<string, string> = {
  worthies: '乡贤',
  places: '地名',
  heritage: '乡愁',
  series: '丛书',
  studies: '文史',
  gifts: '礼册',
  events: '大事',
  bibliography: '文献库',
};
