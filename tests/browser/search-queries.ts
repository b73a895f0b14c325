/**
 * The search query suite over the starter archive: the kinds of searches people make (a fragment
 * of a word, a traditional form, a 字 or 号, pinyin, two words together), each with the pages it
 * must return. `first` means the page must be the top result (a name or alias query).
 * Whether any other returned page is relevant is judged by the text itself (see search.test.ts).
 */
export interface SearchCase {
  query: string;
  kind: '片段' | '繁体' | '字号别名' | '拼音' | '多词' | '名称' | '历史地名' | '单字';
  must: string[];
  first?: string;
}

export const SEARCH_CASES: SearchCase[] = [
  // Names as written
  { query: '项羽', kind: '名称', must: ['/worthies/xiang-yu/'], first: '/worthies/xiang-yu/' },
  { query: '袁枚', kind: '名称', must: ['/worthies/yuan-mei/'], first: '/worthies/yuan-mei/' },
  {
    query: '靳辅',
    kind: '名称',
    must: ['/worthies/jin-fu/', '/studies/cong-jie-huang-dao-bi-huang/'],
    first: '/worthies/jin-fu/',
  },
  {
    query: '张相文',
    kind: '名称',
    must: ['/worthies/zhang-xiang-wen/'],
    first: '/worthies/zhang-xiang-wen/',
  },
  { query: '彭雪枫', kind: '名称', must: ['/worthies/peng-xue-feng/'], first: '/worthies/peng-xue-feng/' },
  { query: '虞姬', kind: '名称', must: ['/worthies/yu-ji/'], first: '/worthies/yu-ji/' },
  {
    query: '徐偃王',
    kind: '名称',
    must: ['/worthies/xu-yan-wang/', '/places/xu-guo/'],
    first: '/worthies/xu-yan-wang/',
  },
  { query: '骆马湖', kind: '名称', must: ['/places/luo-ma-hu/'], first: '/places/luo-ma-hu/' },
  { query: '洪泽湖', kind: '名称', must: ['/places/hong-ze-hu/'], first: '/places/hong-ze-hu/' },
  { query: '皂河古镇', kind: '名称', must: ['/places/zao-he-gu-zhen/'], first: '/places/zao-he-gu-zhen/' },
  { query: '淮海戏', kind: '名称', must: ['/heritage/huai-hai-xi/'], first: '/heritage/huai-hai-xi/' },
  { query: '苏北大鼓', kind: '名称', must: ['/heritage/su-bei-da-gu/'], first: '/heritage/su-bei-da-gu/' },
  {
    query: '黄狗猪头肉',
    kind: '名称',
    must: ['/heritage/huang-gou-zhu-tou-rou/', '/worthies/huang-de/'],
    first: '/heritage/huang-gou-zhu-tou-rou/',
  },
  { query: '车轮饼', kind: '名称', must: ['/heritage/che-lun-bing/'], first: '/heritage/che-lun-bing/' },
  { query: '泗州戏', kind: '名称', must: ['/heritage/si-zhou-xi/'], first: '/heritage/si-zhou-xi/' },
  // Fragments of words
  {
    query: '运河',
    kind: '片段',
    must: ['/places/zhong-yun-he/', '/places/tong-ji-qu/', '/series/da-yun-he/'],
  },
  { query: '中运河', kind: '片段', must: ['/places/zhong-yun-he/', '/worthies/jin-fu/'] },
  { query: '大运河', kind: '片段', must: ['/places/zhong-yun-he/'] },
  {
    query: '龙王庙',
    kind: '片段',
    must: ['/places/long-wang-miao-xing-gong/', '/heritage/zao-he-long-wang-miao-hui/'],
  },
  { query: '膘鸡', kind: '片段', must: ['/heritage/si-yang-biao-ji/'] },
  { query: '马湖', kind: '片段', must: ['/places/luo-ma-hu/'] },
  { query: '花木', kind: '片段', must: ['/heritage/shu-yang-hua-mu/'] },
  { query: '大鼓', kind: '片段', must: ['/heritage/su-bei-da-gu/'] },
  { query: '醉猿', kind: '片段', must: ['/heritage/su-qian-bai-jiu/'] },
  { query: '拉魂腔', kind: '片段', must: ['/heritage/si-zhou-xi/', '/heritage/huai-hai-xi/'] },
  { query: '地学会', kind: '片段', must: ['/worthies/zhang-xiang-wen/'] },
  { query: '中原官话', kind: '片段', must: ['/heritage/su-qian-fang-yan/'] },
  { query: '白酒之都', kind: '片段', must: ['/heritage/su-qian-bai-jiu/'] },
  { query: '黄桥', kind: '片段', must: ['/worthies/li-shou-wei/'] },
  { query: '新四军', kind: '片段', must: ['/worthies/peng-xue-feng/'] },
  // Single characters
  { query: '相', kind: '单字', must: ['/places/xia-xiang/'] },
  { query: '贤', kind: '单字', must: [] },
  { query: '姬', kind: '单字', must: ['/worthies/yu-ji/'] },
  // Traditional forms from old books
  { query: '項羽', kind: '繁体', must: ['/worthies/xiang-yu/'], first: '/worthies/xiang-yu/' },
  { query: '駱馬湖', kind: '繁体', must: ['/places/luo-ma-hu/'], first: '/places/luo-ma-hu/' },
  { query: '運河', kind: '繁体', must: ['/places/zhong-yun-he/'] },
  { query: '宿遷', kind: '繁体', must: ['/places/su-qian-shi/'] },
  { query: '淮海戲', kind: '繁体', must: ['/heritage/huai-hai-xi/'], first: '/heritage/huai-hai-xi/' },
  { query: '龍王廟', kind: '繁体', must: ['/places/long-wang-miao-xing-gong/'] },
  {
    query: '張相文',
    kind: '繁体',
    must: ['/worthies/zhang-xiang-wen/'],
    first: '/worthies/zhang-xiang-wen/',
  },
  { query: '蘇北大鼓', kind: '繁体', must: ['/heritage/su-bei-da-gu/'], first: '/heritage/su-bei-da-gu/' },
  { query: '洪澤湖', kind: '繁体', must: ['/places/hong-ze-hu/'], first: '/places/hong-ze-hu/' },
  // 字, 号 and other names
  { query: '项籍', kind: '字号别名', must: ['/worthies/xiang-yu/'], first: '/worthies/xiang-yu/' },
  { query: '子才', kind: '字号别名', must: ['/worthies/yuan-mei/'], first: '/worthies/yuan-mei/' },
  { query: '简斋', kind: '字号别名', must: ['/worthies/yuan-mei/'], first: '/worthies/yuan-mei/' },
  { query: '存中', kind: '字号别名', must: ['/worthies/shen-kuo/'], first: '/worthies/shen-kuo/' },
  { query: '梦溪丈人', kind: '字号别名', must: ['/worthies/shen-kuo/'], first: '/worthies/shen-kuo/' },
  { query: '紫垣', kind: '字号别名', must: ['/worthies/jin-fu/'], first: '/worthies/jin-fu/' },
  { query: '杏农', kind: '字号别名', must: ['/worthies/yin-geng-yun/'], first: '/worthies/yin-geng-yun/' },
  {
    query: '蔚西',
    kind: '字号别名',
    must: ['/worthies/zhang-xiang-wen/'],
    first: '/worthies/zhang-xiang-wen/',
  },
  { query: '南津', kind: '字号别名', must: ['/worthies/hu-lian/'], first: '/worthies/hu-lian/' },
  { query: '武信君', kind: '字号别名', must: ['/worthies/xiang-liang/'], first: '/worthies/xiang-liang/' },
  { query: '刘缠', kind: '字号别名', must: ['/worthies/xiang-bo/'], first: '/worthies/xiang-bo/' },
  { query: '西楚霸王', kind: '字号别名', must: ['/worthies/xiang-yu/'], first: '/worthies/xiang-yu/' },
  { query: '虞美人', kind: '字号别名', must: ['/worthies/yu-ji/'], first: '/worthies/yu-ji/' },
  // Historical and other place names
  {
    query: '下相',
    kind: '历史地名',
    must: ['/places/xia-xiang/', '/studies/xia-xiang-cheng-zai-na-li/'],
    first: '/places/xia-xiang/',
  },
  { query: '乐马湖', kind: '历史地名', must: ['/places/luo-ma-hu/'], first: '/places/luo-ma-hu/' },
  { query: '仇犹', kind: '历史地名', must: ['/places/qiu-you/'], first: '/places/qiu-you/' },
  { query: '宿预', kind: '历史地名', must: ['/places/su-yu/'] },
  { query: '桃源县', kind: '历史地名', must: ['/places/si-yang-xian/'] },
  { query: '汴河', kind: '历史地名', must: ['/places/tong-ji-qu/'] },
  { query: '废黄河', kind: '历史地名', must: ['/places/gu-huang-he/'], first: '/places/gu-huang-he/' },
  { query: '钟吾', kind: '历史地名', must: ['/places/zhong-wu/'], first: '/places/zhong-wu/' },
  { query: '乾隆行宫', kind: '历史地名', must: ['/places/long-wang-miao-xing-gong/'] },
  // Pinyin typed on a phone
  { query: 'xiangyu', kind: '拼音', must: ['/worthies/xiang-yu/'], first: '/worthies/xiang-yu/' },
  { query: 'yuanmei', kind: '拼音', must: ['/worthies/yuan-mei/'], first: '/worthies/yuan-mei/' },
  { query: 'luomahu', kind: '拼音', must: ['/places/luo-ma-hu/'], first: '/places/luo-ma-hu/' },
  { query: 'shenkuo', kind: '拼音', must: ['/worthies/shen-kuo/'], first: '/worthies/shen-kuo/' },
  { query: 'zaohe', kind: '拼音', must: ['/places/zao-he-gu-zhen/', '/heritage/zao-he-long-wang-miao-hui/'] },
  { query: 'huaihaixi', kind: '拼音', must: ['/heritage/huai-hai-xi/'], first: '/heritage/huai-hai-xi/' },
  { query: 'xcbw', kind: '拼音', must: ['/worthies/xiang-yu/'], first: '/worthies/xiang-yu/' },
  // Two words together
  { query: '项羽 故里', kind: '多词', must: ['/places/xiang-wang-gu-li/', '/worthies/xiang-yu/'] },
  { query: '袁枚 沭阳', kind: '多词', must: ['/worthies/yuan-mei/'] },
  { query: '靳辅 中河', kind: '多词', must: ['/worthies/jin-fu/', '/studies/cong-jie-huang-dao-bi-huang/'] },
  { query: '彭雪枫 泗洪', kind: '多词', must: ['/worthies/peng-xue-feng/'] },
  { query: '乾隆 驻跸', kind: '多词', must: ['/studies/qian-long-zhu-bi-su-qian/'] },
  {
    query: '泗州城 洪泽湖',
    kind: '多词',
    must: ['/places/si-zhou/', '/studies/si-zhou-cheng-yu-hong-ze-hu/'],
  },
];

/** Queries that must find nothing: what the archive does not contain. */
export const NEGATIVE_QUERIES = ['长城', '项羽 长城', 'zzzz'];
