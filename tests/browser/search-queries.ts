/**
 * The search query suite over the starter archive: the kinds of searches people make (a fragment
 * of a word, a traditional form, a 字 or 号, pinyin, two words together), each with the pages it
 * must return (`top`: the first of them must be the top result, as for a name or an alias).
 * Whether any other returned page is relevant is judged by the text itself (see search.test.ts).
 */
export interface SearchCase {
  query: string;
  kind:
    | '片段'
    | '繁体'
    | '字号别名'
    | '拼音'
    | '多词'
    | '名称'
    | '历史地名'
    | '单字'
    /** Typed the way people ask: a particle, a question word, an extra word, words run together. */
    | '问句'
    /** Pinyin with spaces, capitals, tone marks or a name in English word order. */
    | '拼音写法'
    /** Initials of a name's pinyin (lmh for 骆马湖). */
    | '首字母'
    /** An everyday word for the text's formal term (老城 for 古城), or an entry's keyword. */
    | '同义词'
    /** A work or deed instead of the person (梦溪笔谈的作者). */
    | '事迹'
    /** A near miss: a character with the same sound, one dropped, added or swapped. */
    | '近似';
  must: string[];
  first?: string;
  /** For a near miss: the name it meant, whose pages are right answers too. */
  meant?: string;
}

type Kind = SearchCase['kind'];

/** The pages a query must return, written as one string with a space between two pages. */
const pagesIn = (pages: string): string[] => pages.split(' ').filter((page) => page !== '');

/** `query` must return the pages listed, the first of them as the top result (a name or alias). */
function top(kind: Kind, query: string, pages: string): SearchCase {
  const must = pagesIn(pages);
  const [first] = must;
  if (first === undefined) throw new Error(`${query}: top() needs the page that must come first`);
  return { query, kind, must, first };
}

/** `query` must return the pages listed, in any order. */
function finds(kind: Kind, query: string, pages: string): SearchCase {
  return { query, kind, must: pagesIn(pages) };
}

/** A near miss for `meant` that must return the pages listed. */
function nearMiss(query: string, meant: string, pages: string): SearchCase {
  return { query, kind: '近似', meant, must: pagesIn(pages) };
}

export const SEARCH_CASES: SearchCase[] = [
  // Names as written
  top('名称', '项羽', '/worthies/xiang-yu/'),
  top('名称', '袁枚', '/worthies/yuan-mei/'),
  top('名称', '靳辅', '/worthies/jin-fu/ /studies/cong-jie-huang-dao-bi-huang/'),
  top('名称', '张相文', '/worthies/zhang-xiang-wen/'),
  top('名称', '彭雪枫', '/worthies/peng-xue-feng/'),
  top('名称', '虞姬', '/worthies/yu-ji/'),
  top('名称', '徐偃王', '/worthies/xu-yan-wang/ /places/xu-guo/'),
  top('名称', '骆马湖', '/places/luo-ma-hu/'),
  top('名称', '洪泽湖', '/places/hong-ze-hu/'),
  top('名称', '皂河古镇', '/places/zao-he-gu-zhen/'),
  top('名称', '淮海戏', '/heritage/huai-hai-xi/'),
  top('名称', '苏北大鼓', '/heritage/su-bei-da-gu/'),
  top('名称', '黄狗猪头肉', '/heritage/huang-gou-zhu-tou-rou/ /worthies/huang-de/'),
  top('名称', '车轮饼', '/heritage/che-lun-bing/'),
  top('名称', '泗州戏', '/heritage/si-zhou-xi/'),
  // Fragments of words
  finds('片段', '运河', '/places/zhong-yun-he/ /places/tong-ji-qu/ /series/da-yun-he/'),
  finds('片段', '中运河', '/places/zhong-yun-he/ /worthies/jin-fu/'),
  finds('片段', '大运河', '/places/zhong-yun-he/'),
  finds('片段', '龙王庙', '/places/long-wang-miao-xing-gong/ /heritage/zao-he-long-wang-miao-hui/'),
  finds('片段', '膘鸡', '/heritage/si-yang-biao-ji/'),
  finds('片段', '马湖', '/places/luo-ma-hu/'),
  finds('片段', '花木', '/heritage/shu-yang-hua-mu/'),
  finds('片段', '大鼓', '/heritage/su-bei-da-gu/'),
  finds('片段', '醉猿', '/heritage/su-qian-bai-jiu/'),
  finds('片段', '拉魂腔', '/heritage/si-zhou-xi/ /heritage/huai-hai-xi/'),
  finds('片段', '地学会', '/worthies/zhang-xiang-wen/'),
  finds('片段', '中原官话', '/heritage/su-qian-fang-yan/'),
  finds('片段', '白酒之都', '/heritage/su-qian-bai-jiu/'),
  finds('片段', '黄桥', '/worthies/li-shou-wei/'),
  finds('片段', '新四军', '/worthies/peng-xue-feng/'),
  // Single characters
  finds('单字', '相', '/places/xia-xiang/'),
  finds('单字', '贤', ''), // no page in particular: each result is judged by its text alone
  finds('单字', '姬', '/worthies/yu-ji/'),
  // Traditional forms from old books
  top('繁体', '項羽', '/worthies/xiang-yu/'),
  top('繁体', '駱馬湖', '/places/luo-ma-hu/'),
  finds('繁体', '運河', '/places/zhong-yun-he/'),
  finds('繁体', '宿遷', '/places/su-qian-shi/'),
  top('繁体', '淮海戲', '/heritage/huai-hai-xi/'),
  finds('繁体', '龍王廟', '/places/long-wang-miao-xing-gong/'),
  top('繁体', '張相文', '/worthies/zhang-xiang-wen/'),
  top('繁体', '蘇北大鼓', '/heritage/su-bei-da-gu/'),
  top('繁体', '洪澤湖', '/places/hong-ze-hu/'),
  // 字, 号 and other names
  top('字号别名', '项籍', '/worthies/xiang-yu/'),
  top('字号别名', '子才', '/worthies/yuan-mei/'),
  top('字号别名', '简斋', '/worthies/yuan-mei/'),
  top('字号别名', '存中', '/worthies/shen-kuo/'),
  top('字号别名', '梦溪丈人', '/worthies/shen-kuo/'),
  top('字号别名', '紫垣', '/worthies/jin-fu/'),
  top('字号别名', '杏农', '/worthies/yin-geng-yun/'),
  top('字号别名', '蔚西', '/worthies/zhang-xiang-wen/'),
  top('字号别名', '南津', '/worthies/hu-lian/'),
  top('字号别名', '武信君', '/worthies/xiang-liang/'),
  top('字号别名', '刘缠', '/worthies/xiang-bo/'),
  top('字号别名', '西楚霸王', '/worthies/xiang-yu/'),
  top('字号别名', '虞美人', '/worthies/yu-ji/'),
  // Historical and other place names
  top('历史地名', '下相', '/places/xia-xiang/ /studies/xia-xiang-cheng-zai-na-li/'),
  top('历史地名', '乐马湖', '/places/luo-ma-hu/'),
  top('历史地名', '仇犹', '/places/qiu-you/'),
  finds('历史地名', '宿预', '/places/su-yu/'),
  finds('历史地名', '桃源县', '/places/si-yang-xian/'),
  finds('历史地名', '汴河', '/places/tong-ji-qu/'),
  top('历史地名', '废黄河', '/places/gu-huang-he/'),
  top('历史地名', '钟吾', '/places/zhong-wu/'),
  finds('历史地名', '乾隆行宫', '/places/long-wang-miao-xing-gong/'),
  // Pinyin typed on a phone
  top('拼音', 'xiangyu', '/worthies/xiang-yu/'),
  top('拼音', 'yuanmei', '/worthies/yuan-mei/'),
  top('拼音', 'luomahu', '/places/luo-ma-hu/'),
  top('拼音', 'shenkuo', '/worthies/shen-kuo/'),
  finds('拼音', 'zaohe', '/places/zao-he-gu-zhen/ /heritage/zao-he-long-wang-miao-hui/'),
  top('拼音', 'huaihaixi', '/heritage/huai-hai-xi/'),
  top('拼音', 'xcbw', '/worthies/xiang-yu/'),
  // Two words together
  finds('多词', '项羽 故里', '/places/xiang-wang-gu-li/ /worthies/xiang-yu/'),
  finds('多词', '袁枚 沭阳', '/worthies/yuan-mei/'),
  finds('多词', '靳辅 中河', '/worthies/jin-fu/ /studies/cong-jie-huang-dao-bi-huang/'),
  finds('多词', '彭雪枫 泗洪', '/worthies/peng-xue-feng/'),
  finds('多词', '乾隆 驻跸', '/studies/qian-long-zhu-bi-su-qian/'),
  finds('多词', '泗州城 洪泽湖', '/places/si-zhou/ /studies/si-zhou-cheng-yu-hong-ze-hu/'),
  // Typed the way people ask: particles, question words, an extra topic word, 繁体 with a particle
  finds('问句', '项羽是哪里人', '/worthies/xiang-yu/'),
  finds('问句', '项羽的老家', '/worthies/xiang-yu/'),
  finds('问句', '虞姬是谁', '/worthies/yu-ji/'),
  finds('问句', '袁枚在沭阳做了什么', '/worthies/yuan-mei/'),
  finds('问句', '沈括在沭阳', '/worthies/shen-kuo/'),
  finds('问句', '彭雪枫怎么牺牲的', '/worthies/peng-xue-feng/'),
  finds('问句', '靳辅治河', '/worthies/jin-fu/'),
  finds('问句', '张相文地学会', '/worthies/zhang-xiang-wen/'),
  finds('问句', '朱瑞将军', '/worthies/zhu-rui/'),
  finds('问句', '江上青烈士', '/worthies/jiang-shang-qing/'),
  finds('问句', '胡琏是谁', '/worthies/hu-lian/'),
  finds('问句', '刘商的诗', '/worthies/liu-shang/'),
  finds('问句', '项梁起兵', '/worthies/xiang-liang/'),
  finds('问句', '项伯鸿门宴', '/worthies/xiang-bo/'),
  finds('问句', '徐偃王仁义', '/worthies/xu-yan-wang/'),
  finds('问句', '尹耕云是哪里人', '/worthies/yin-geng-yun/'),
  finds('问句', '黄德是谁', '/worthies/huang-de/'),
  finds('问句', '李守维是谁', '/worthies/li-shou-wei/'),
  finds('问句', '胡三俊的事迹', '/worthies/hu-san-jun/'),
  finds('问句', '骆马湖在哪里', '/places/luo-ma-hu/'),
  finds('问句', '洪泽湖有多大', '/places/hong-ze-hu/'),
  finds('问句', '皂河古镇怎么去', '/places/zao-he-gu-zhen/'),
  finds('问句', '龙王庙行宫门票', '/places/long-wang-miao-xing-gong/'),
  finds('问句', '项王故里门票', '/places/xiang-wang-gu-li/'),
  finds('问句', '泗阳的特产', '/places/si-yang-xian/'),
  finds('问句', '宿迁有哪些非遗', '/heritage/su-qian-bai-jiu/'),
  finds('问句', '乾隆为什么来宿迁', '/studies/qian-long-zhu-bi-su-qian/'),
  finds('问句', '乾隆几次来宿迁', '/studies/qian-long-zhu-bi-su-qian/'),
  finds('问句', '宿迁白酒的历史', '/heritage/su-qian-bai-jiu/'),
  finds('问句', '车轮饼怎么做', '/heritage/che-lun-bing/'),
  finds('问句', '黄狗猪头肉哪里有', '/heritage/huang-gou-zhu-tou-rou/'),
  finds('问句', '泗州戏是什么', '/heritage/si-zhou-xi/'),
  finds('问句', '淮海戏的唱腔', '/heritage/huai-hai-xi/'),
  finds('问句', '苏北大鼓的来历', '/heritage/su-bei-da-gu/'),
  finds('问句', '沭阳花木产业', '/heritage/shu-yang-hua-mu/'),
  finds('问句', '宿迁方言特点', '/heritage/su-qian-fang-yan/'),
  finds('问句', '乾隆贡酥的做法', '/heritage/qian-long-gong-su/'),
  finds('问句', '洪泽湖渔鼓表演', '/heritage/hong-ze-hu-yu-gu/'),
  finds('问句', '皂河庙会什么时候', '/heritage/zao-he-long-wang-miao-hui/'),
  finds('问句', '泗州城为什么沉了', '/studies/si-zhou-cheng-yu-hong-ze-hu/'),
  finds('问句', '下相城在什么地方', '/studies/xia-xiang-cheng-zai-na-li/'),
  finds('问句', '宿迁名字的由来', '/studies/su-qian-zhi-qian/'),
  finds('问句', '黄河故道变迁', '/places/gu-huang-he/'),
  finds('问句', '中运河的开凿', '/places/zhong-yun-he/'),
  finds('问句', '通济渠和汴河', '/places/tong-ji-qu/'),
  finds('问句', '钟吾国在哪', '/places/zhong-wu/'),
  finds('问句', '徐国的历史', '/places/xu-guo/'),
  finds('问句', '泗水国是什么', '/places/si-shui-guo/'),
  finds('问句', '顺河集行宫在哪', '/places/shun-he-ji-xing-gong/'),
  finds('问句', '泗洪县有什么', '/places/si-hong-xian/'),
  finds('问句', '項羽是誰', '/worthies/xiang-yu/'),
  finds('问句', '虞姬的故事', '/worthies/yu-ji/'),
  finds('问句', '袁枚的詩', '/worthies/yuan-mei/'),
  finds('问句', '宿迁市概况', '/places/su-qian-shi/'),
  finds('问句', '沭阳县历史', '/places/shu-yang-xian/'),
  // Pinyin as people type it: spaces, capitals, tone marks, English name order
  finds('拼音写法', 'Xiang Yu', '/worthies/xiang-yu/'),
  finds('拼音写法', 'xiang yu', '/worthies/xiang-yu/'),
  finds('拼音写法', 'XiangYu', '/worthies/xiang-yu/'),
  finds('拼音写法', 'xiàng yǔ', '/worthies/xiang-yu/'),
  finds('拼音写法', 'Yu Xiang', '/worthies/xiang-yu/'),
  finds('拼音写法', 'Yuan Mei', '/worthies/yuan-mei/'),
  finds('拼音写法', 'Mei Yuan', '/worthies/yuan-mei/'),
  finds('拼音写法', 'yuán méi', '/worthies/yuan-mei/'),
  finds('拼音写法', 'Shen Kuo', '/worthies/shen-kuo/'),
  finds('拼音写法', 'Kuo Shen', '/worthies/shen-kuo/'),
  finds('拼音写法', 'luo ma hu', '/places/luo-ma-hu/'),
  finds('拼音写法', 'Luo Ma Hu', '/places/luo-ma-hu/'),
  finds('拼音写法', 'hong ze hu', '/places/hong-ze-hu/'),
  finds('拼音写法', 'HongZeHu', '/places/hong-ze-hu/'),
  finds('拼音写法', 'Peng Xuefeng', '/worthies/peng-xue-feng/'),
  finds('拼音写法', 'peng xue feng', '/worthies/peng-xue-feng/'),
  finds('拼音写法', 'Xuefeng Peng', '/worthies/peng-xue-feng/'),
  finds('拼音写法', 'Zhang Xiangwen', '/worthies/zhang-xiang-wen/'),
  finds('拼音写法', 'jin fu', '/worthies/jin-fu/'),
  finds('拼音写法', 'Jin Fu', '/worthies/jin-fu/'),
  finds('拼音写法', 'Yu Ji', '/worthies/yu-ji/'),
  finds('拼音写法', 'yú jī', '/worthies/yu-ji/'),
  finds('拼音写法', 'Huai Hai Xi', '/heritage/huai-hai-xi/'),
  finds('拼音写法', 'Zhu Rui', '/worthies/zhu-rui/'),
  // Initials, as typed on a phone keyboard
  finds('首字母', 'lmh', '/places/luo-ma-hu/'),
  finds('首字母', 'LMH', '/places/luo-ma-hu/'),
  finds('首字母', 'hzh', '/places/hong-ze-hu/'),
  finds('首字母', 'zxw', '/worthies/zhang-xiang-wen/'),
  finds('首字母', 'pxf', '/worthies/peng-xue-feng/'),
  finds('首字母', 'hhx', '/heritage/huai-hai-xi/'),
  finds('首字母', 'sbdg', '/heritage/su-bei-da-gu/'),
  finds('首字母', 'xwgl', '/places/xiang-wang-gu-li/'),
  // More pinyin as typed
  finds('拼音写法', 'su qian', '/places/su-qian-shi/'),
  finds('拼音写法', 'SuQian', '/places/su-qian-shi/'),
  finds('拼音写法', 'sù qiān', '/places/su-qian-shi/'),
  finds('拼音写法', 'Xiang Liang', '/worthies/xiang-liang/'),
  finds('拼音写法', 'Liang Xiang', '/worthies/xiang-liang/'),
  finds('拼音写法', 'Zhang Xiang Wen', '/worthies/zhang-xiang-wen/'),
  finds('拼音写法', 'pēng xuě fēng', '/worthies/peng-xue-feng/'),
  finds('拼音写法', 'Si Zhou Xi', '/heritage/si-zhou-xi/'),
  finds('拼音写法', 'zao he gu zhen', '/places/zao-he-gu-zhen/'),
  finds('拼音写法', 'CHE LUN BING', '/heritage/che-lun-bing/'),
  // Everyday words for the texts' formal terms (content/search-synonyms.yaml) and keywords
  finds('同义词', '下相老城', '/places/xia-xiang/'),
  finds('同义词', '泗州老城', '/places/si-zhou/'),
  finds('同义词', '猪头肉手艺', '/heritage/huang-gou-zhu-tou-rou/'),
  finds('同义词', '酿酒手艺', '/heritage/su-qian-bai-jiu/'),
  finds('同义词', '虞姬老家', '/worthies/yu-ji/'),
  finds('同义词', '唱戏', '/heritage/huai-hai-xi/ /heritage/si-zhou-xi/'),
  finds('同义词', '朱瑞打仗', '/worthies/zhu-rui/'),
  finds('同义词', '说书', '/heritage/su-bei-da-gu/'),
  finds('同义词', '靳辅治水', '/worthies/jin-fu/'),
  finds('同义词', '沈括治水', '/worthies/shen-kuo/'),
  finds('同义词', '骆马湖发大水', '/places/luo-ma-hu/'),
  finds('同义词', '宿迁土话', '/heritage/su-qian-fang-yan/'),
  finds('同义词', '宿迁话', '/heritage/su-qian-fang-yan/'),
  finds('同义词', '袁枚当县官', '/worthies/yuan-mei/'),
  finds('同义词', '老黄河', '/places/gu-huang-he/'),
  finds('同义词', '乾隆下江南', '/studies/qian-long-zhu-bi-su-qian/'),
  finds('同义词', '皂河老街', '/places/zao-he-gu-zhen/'),
  finds('同义词', '沭阳盆栽', '/heritage/shu-yang-hua-mu/'),
  finds('同义词', '沭阳苗木', '/heritage/shu-yang-hua-mu/'),
  // A work or a deed instead of the person
  finds('事迹', '梦溪笔谈的作者', '/worthies/shen-kuo/'),
  finds('事迹', '梦溪笔谈', '/worthies/shen-kuo/'),
  finds('事迹', '随园轶事', '/worthies/yuan-mei/'),
  finds('事迹', '地学杂志是谁办的', '/worthies/zhang-xiang-wen/'),
  finds('事迹', '筹洋九疏', '/worthies/yin-geng-yun/'),
  finds('事迹', '谁开挖了中河', '/worthies/jin-fu/'),
  finds('事迹', '项王故里碑是谁立的', '/worthies/hu-san-jun/'),
  finds('事迹', '中国地学会会长', '/worthies/zhang-xiang-wen/'),
  finds('事迹', '鸿门宴舞剑', '/worthies/xiang-bo/'),
  finds('事迹', '新四军第四师师长', '/worthies/peng-xue-feng/'),
  finds('事迹', '炮兵司令员', '/worthies/zhu-rui/'),
  finds('事迹', '黄狗猪头肉的创始人', '/worthies/huang-de/'),
  finds('事迹', '黄桥战役军长', '/worthies/li-shou-wei/'),
  finds('事迹', '打击葡萄牙人', '/worthies/hu-lian/'),
  finds('事迹', '会稽起兵', '/worthies/xiang-liang/'),
  finds('事迹', '巨鹿之战', '/worthies/xiang-yu/'),
  finds('事迹', '皖东北特支书记', '/worthies/jiang-shang-qing/'),
  finds('事迹', '谁整治了沭水', '/worthies/shen-kuo/'),
  // Near misses: a character with the same sound, one dropped or swapped
  nearMiss('向羽', '项羽', '/worthies/xiang-yu/'),
  nearMiss('骆马胡', '骆马湖', '/places/luo-ma-hu/'),
  nearMiss('洪泽胡', '洪泽湖', '/places/hong-ze-hu/'),
  nearMiss('袁梅', '袁枚', '/worthies/yuan-mei/'),
  nearMiss('彭雪峰', '彭雪枫', '/worthies/peng-xue-feng/'),
  nearMiss('张湘文', '张相文', '/worthies/zhang-xiang-wen/'),
  nearMiss('项王古里', '项王故里', '/places/xiang-wang-gu-li/'),
  nearMiss('泗洲戏', '泗州戏', '/heritage/si-zhou-xi/'),
  nearMiss('苏北大古', '苏北大鼓', '/heritage/su-bei-da-gu/'),
  nearMiss('黄狗猪肉', '黄狗猪头肉', '/heritage/huang-gou-zhu-tou-rou/'),
  nearMiss('马骆湖', '骆马湖', '/places/luo-ma-hu/'),
];

/**
 * Near misses and the suggestion the page must make for each (「是不是要找」): a character with
 * the same sound, a wrong character, one dropped.
 */
export const SUGGESTION_CASES: [string, string][] = [
  ['向羽', '项羽'],
  ['彭雪峰', '彭雪枫'],
  ['袁梅', '袁枚'],
  ['张湘文', '张相文'],
  ['泗洲戏', '泗州戏'],
  ['项王古里', '项王故里'],
];

/** Queries that must find nothing: what the archive does not contain. */
export const NEGATIVE_QUERIES = ['长城', '长城在哪里', 'zzzz'];
