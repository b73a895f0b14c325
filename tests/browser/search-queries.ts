/**
 * The search query suite over the starter archive: the kinds of searches people make (a fragment
 * of a word, a traditional form, a 字 or 号, pinyin, two words together), each with the pages it
 * must return. `first` means the page must be the top result (a name or alias query).
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
  // Typed the way people ask: particles, question words, an extra topic word, 繁体 with a particle
  { query: '项羽是哪里人', kind: '问句', must: ['/worthies/xiang-yu/'] },
  { query: '项羽的老家', kind: '问句', must: ['/worthies/xiang-yu/'] },
  { query: '虞姬是谁', kind: '问句', must: ['/worthies/yu-ji/'] },
  { query: '袁枚在沭阳做了什么', kind: '问句', must: ['/worthies/yuan-mei/'] },
  { query: '沈括在沭阳', kind: '问句', must: ['/worthies/shen-kuo/'] },
  { query: '彭雪枫怎么牺牲的', kind: '问句', must: ['/worthies/peng-xue-feng/'] },
  { query: '靳辅治河', kind: '问句', must: ['/worthies/jin-fu/'] },
  { query: '张相文地学会', kind: '问句', must: ['/worthies/zhang-xiang-wen/'] },
  { query: '朱瑞将军', kind: '问句', must: ['/worthies/zhu-rui/'] },
  { query: '江上青烈士', kind: '问句', must: ['/worthies/jiang-shang-qing/'] },
  { query: '胡琏是谁', kind: '问句', must: ['/worthies/hu-lian/'] },
  { query: '刘商的诗', kind: '问句', must: ['/worthies/liu-shang/'] },
  { query: '项梁起兵', kind: '问句', must: ['/worthies/xiang-liang/'] },
  { query: '项伯鸿门宴', kind: '问句', must: ['/worthies/xiang-bo/'] },
  { query: '徐偃王仁义', kind: '问句', must: ['/worthies/xu-yan-wang/'] },
  { query: '尹耕云是哪里人', kind: '问句', must: ['/worthies/yin-geng-yun/'] },
  { query: '黄德是谁', kind: '问句', must: ['/worthies/huang-de/'] },
  { query: '李守维是谁', kind: '问句', must: ['/worthies/li-shou-wei/'] },
  { query: '胡三俊的事迹', kind: '问句', must: ['/worthies/hu-san-jun/'] },
  { query: '骆马湖在哪里', kind: '问句', must: ['/places/luo-ma-hu/'] },
  { query: '洪泽湖有多大', kind: '问句', must: ['/places/hong-ze-hu/'] },
  { query: '皂河古镇怎么去', kind: '问句', must: ['/places/zao-he-gu-zhen/'] },
  { query: '龙王庙行宫门票', kind: '问句', must: ['/places/long-wang-miao-xing-gong/'] },
  { query: '项王故里门票', kind: '问句', must: ['/places/xiang-wang-gu-li/'] },
  { query: '泗阳的特产', kind: '问句', must: ['/places/si-yang-xian/'] },
  { query: '宿迁有哪些非遗', kind: '问句', must: ['/heritage/su-qian-bai-jiu/'] },
  { query: '乾隆为什么来宿迁', kind: '问句', must: ['/studies/qian-long-zhu-bi-su-qian/'] },
  { query: '乾隆几次来宿迁', kind: '问句', must: ['/studies/qian-long-zhu-bi-su-qian/'] },
  { query: '宿迁白酒的历史', kind: '问句', must: ['/heritage/su-qian-bai-jiu/'] },
  { query: '车轮饼怎么做', kind: '问句', must: ['/heritage/che-lun-bing/'] },
  { query: '黄狗猪头肉哪里有', kind: '问句', must: ['/heritage/huang-gou-zhu-tou-rou/'] },
  { query: '泗州戏是什么', kind: '问句', must: ['/heritage/si-zhou-xi/'] },
  { query: '淮海戏的唱腔', kind: '问句', must: ['/heritage/huai-hai-xi/'] },
  { query: '苏北大鼓的来历', kind: '问句', must: ['/heritage/su-bei-da-gu/'] },
  { query: '沭阳花木产业', kind: '问句', must: ['/heritage/shu-yang-hua-mu/'] },
  { query: '宿迁方言特点', kind: '问句', must: ['/heritage/su-qian-fang-yan/'] },
  { query: '乾隆贡酥的做法', kind: '问句', must: ['/heritage/qian-long-gong-su/'] },
  { query: '洪泽湖渔鼓表演', kind: '问句', must: ['/heritage/hong-ze-hu-yu-gu/'] },
  { query: '皂河庙会什么时候', kind: '问句', must: ['/heritage/zao-he-long-wang-miao-hui/'] },
  { query: '泗州城为什么沉了', kind: '问句', must: ['/studies/si-zhou-cheng-yu-hong-ze-hu/'] },
  { query: '下相城在什么地方', kind: '问句', must: ['/studies/xia-xiang-cheng-zai-na-li/'] },
  { query: '宿迁名字的由来', kind: '问句', must: ['/studies/su-qian-zhi-qian/'] },
  { query: '黄河故道变迁', kind: '问句', must: ['/places/gu-huang-he/'] },
  { query: '中运河的开凿', kind: '问句', must: ['/places/zhong-yun-he/'] },
  { query: '通济渠和汴河', kind: '问句', must: ['/places/tong-ji-qu/'] },
  { query: '钟吾国在哪', kind: '问句', must: ['/places/zhong-wu/'] },
  { query: '徐国的历史', kind: '问句', must: ['/places/xu-guo/'] },
  { query: '泗水国是什么', kind: '问句', must: ['/places/si-shui-guo/'] },
  { query: '顺河集行宫在哪', kind: '问句', must: ['/places/shun-he-ji-xing-gong/'] },
  { query: '泗洪县有什么', kind: '问句', must: ['/places/si-hong-xian/'] },
  { query: '項羽是誰', kind: '问句', must: ['/worthies/xiang-yu/'] },
  { query: '虞姬的故事', kind: '问句', must: ['/worthies/yu-ji/'] },
  { query: '袁枚的詩', kind: '问句', must: ['/worthies/yuan-mei/'] },
  { query: '宿迁市概况', kind: '问句', must: ['/places/su-qian-shi/'] },
  { query: '沭阳县历史', kind: '问句', must: ['/places/shu-yang-xian/'] },
  // Pinyin as people type it: spaces, capitals, tone marks, English name order
  { query: 'Xiang Yu', kind: '拼音写法', must: ['/worthies/xiang-yu/'] },
  { query: 'xiang yu', kind: '拼音写法', must: ['/worthies/xiang-yu/'] },
  { query: 'XiangYu', kind: '拼音写法', must: ['/worthies/xiang-yu/'] },
  { query: 'xiàng yǔ', kind: '拼音写法', must: ['/worthies/xiang-yu/'] },
  { query: 'Yu Xiang', kind: '拼音写法', must: ['/worthies/xiang-yu/'] },
  { query: 'Yuan Mei', kind: '拼音写法', must: ['/worthies/yuan-mei/'] },
  { query: 'Mei Yuan', kind: '拼音写法', must: ['/worthies/yuan-mei/'] },
  { query: 'yuán méi', kind: '拼音写法', must: ['/worthies/yuan-mei/'] },
  { query: 'Shen Kuo', kind: '拼音写法', must: ['/worthies/shen-kuo/'] },
  { query: 'Kuo Shen', kind: '拼音写法', must: ['/worthies/shen-kuo/'] },
  { query: 'luo ma hu', kind: '拼音写法', must: ['/places/luo-ma-hu/'] },
  { query: 'Luo Ma Hu', kind: '拼音写法', must: ['/places/luo-ma-hu/'] },
  { query: 'hong ze hu', kind: '拼音写法', must: ['/places/hong-ze-hu/'] },
  { query: 'HongZeHu', kind: '拼音写法', must: ['/places/hong-ze-hu/'] },
  { query: 'Peng Xuefeng', kind: '拼音写法', must: ['/worthies/peng-xue-feng/'] },
  { query: 'peng xue feng', kind: '拼音写法', must: ['/worthies/peng-xue-feng/'] },
  { query: 'Xuefeng Peng', kind: '拼音写法', must: ['/worthies/peng-xue-feng/'] },
  { query: 'Zhang Xiangwen', kind: '拼音写法', must: ['/worthies/zhang-xiang-wen/'] },
  { query: 'jin fu', kind: '拼音写法', must: ['/worthies/jin-fu/'] },
  { query: 'Jin Fu', kind: '拼音写法', must: ['/worthies/jin-fu/'] },
  { query: 'Yu Ji', kind: '拼音写法', must: ['/worthies/yu-ji/'] },
  { query: 'yú jī', kind: '拼音写法', must: ['/worthies/yu-ji/'] },
  { query: 'Huai Hai Xi', kind: '拼音写法', must: ['/heritage/huai-hai-xi/'] },
  { query: 'Zhu Rui', kind: '拼音写法', must: ['/worthies/zhu-rui/'] },
  // Initials, as typed on a phone keyboard
  { query: 'lmh', kind: '首字母', must: ['/places/luo-ma-hu/'] },
  { query: 'LMH', kind: '首字母', must: ['/places/luo-ma-hu/'] },
  { query: 'hzh', kind: '首字母', must: ['/places/hong-ze-hu/'] },
  { query: 'zxw', kind: '首字母', must: ['/worthies/zhang-xiang-wen/'] },
  { query: 'pxf', kind: '首字母', must: ['/worthies/peng-xue-feng/'] },
  { query: 'hhx', kind: '首字母', must: ['/heritage/huai-hai-xi/'] },
  { query: 'sbdg', kind: '首字母', must: ['/heritage/su-bei-da-gu/'] },
  { query: 'xwgl', kind: '首字母', must: ['/places/xiang-wang-gu-li/'] },
  // More pinyin as typed
  { query: 'su qian', kind: '拼音写法', must: ['/places/su-qian-shi/'] },
  { query: 'SuQian', kind: '拼音写法', must: ['/places/su-qian-shi/'] },
  { query: 'sù qiān', kind: '拼音写法', must: ['/places/su-qian-shi/'] },
  { query: 'Xiang Liang', kind: '拼音写法', must: ['/worthies/xiang-liang/'] },
  { query: 'Liang Xiang', kind: '拼音写法', must: ['/worthies/xiang-liang/'] },
  { query: 'Zhang Xiang Wen', kind: '拼音写法', must: ['/worthies/zhang-xiang-wen/'] },
  { query: 'pēng xuě fēng', kind: '拼音写法', must: ['/worthies/peng-xue-feng/'] },
  { query: 'Si Zhou Xi', kind: '拼音写法', must: ['/heritage/si-zhou-xi/'] },
  { query: 'zao he gu zhen', kind: '拼音写法', must: ['/places/zao-he-gu-zhen/'] },
  { query: 'CHE LUN BING', kind: '拼音写法', must: ['/heritage/che-lun-bing/'] },
  // Everyday words for the texts' formal terms (content/search-synonyms.yaml) and keywords
  { query: '下相老城', kind: '同义词', must: ['/places/xia-xiang/'] },
  { query: '泗州老城', kind: '同义词', must: ['/places/si-zhou/'] },
  { query: '猪头肉手艺', kind: '同义词', must: ['/heritage/huang-gou-zhu-tou-rou/'] },
  { query: '酿酒手艺', kind: '同义词', must: ['/heritage/su-qian-bai-jiu/'] },
  { query: '虞姬老家', kind: '同义词', must: ['/worthies/yu-ji/'] },
  { query: '唱戏', kind: '同义词', must: ['/heritage/huai-hai-xi/', '/heritage/si-zhou-xi/'] },
  { query: '朱瑞打仗', kind: '同义词', must: ['/worthies/zhu-rui/'] },
  { query: '说书', kind: '同义词', must: ['/heritage/su-bei-da-gu/'] },
  { query: '靳辅治水', kind: '同义词', must: ['/worthies/jin-fu/'] },
  { query: '沈括治水', kind: '同义词', must: ['/worthies/shen-kuo/'] },
  { query: '骆马湖发大水', kind: '同义词', must: ['/places/luo-ma-hu/'] },
  { query: '宿迁土话', kind: '同义词', must: ['/heritage/su-qian-fang-yan/'] },
  { query: '宿迁话', kind: '同义词', must: ['/heritage/su-qian-fang-yan/'] },
  { query: '袁枚当县官', kind: '同义词', must: ['/worthies/yuan-mei/'] },
  { query: '老黄河', kind: '同义词', must: ['/places/gu-huang-he/'] },
  { query: '乾隆下江南', kind: '同义词', must: ['/studies/qian-long-zhu-bi-su-qian/'] },
  { query: '皂河老街', kind: '同义词', must: ['/places/zao-he-gu-zhen/'] },
  { query: '沭阳盆栽', kind: '同义词', must: ['/heritage/shu-yang-hua-mu/'] },
  { query: '沭阳苗木', kind: '同义词', must: ['/heritage/shu-yang-hua-mu/'] },
  // A work or a deed instead of the person
  { query: '梦溪笔谈的作者', kind: '事迹', must: ['/worthies/shen-kuo/'] },
  { query: '梦溪笔谈', kind: '事迹', must: ['/worthies/shen-kuo/'] },
  { query: '随园轶事', kind: '事迹', must: ['/worthies/yuan-mei/'] },
  { query: '地学杂志是谁办的', kind: '事迹', must: ['/worthies/zhang-xiang-wen/'] },
  { query: '筹洋九疏', kind: '事迹', must: ['/worthies/yin-geng-yun/'] },
  { query: '谁开挖了中河', kind: '事迹', must: ['/worthies/jin-fu/'] },
  { query: '项王故里碑是谁立的', kind: '事迹', must: ['/worthies/hu-san-jun/'] },
  { query: '中国地学会会长', kind: '事迹', must: ['/worthies/zhang-xiang-wen/'] },
  { query: '鸿门宴舞剑', kind: '事迹', must: ['/worthies/xiang-bo/'] },
  { query: '新四军第四师师长', kind: '事迹', must: ['/worthies/peng-xue-feng/'] },
  { query: '炮兵司令员', kind: '事迹', must: ['/worthies/zhu-rui/'] },
  { query: '黄狗猪头肉的创始人', kind: '事迹', must: ['/worthies/huang-de/'] },
  { query: '黄桥战役军长', kind: '事迹', must: ['/worthies/li-shou-wei/'] },
  { query: '打击葡萄牙人', kind: '事迹', must: ['/worthies/hu-lian/'] },
  { query: '会稽起兵', kind: '事迹', must: ['/worthies/xiang-liang/'] },
  { query: '巨鹿之战', kind: '事迹', must: ['/worthies/xiang-yu/'] },
  { query: '皖东北特支书记', kind: '事迹', must: ['/worthies/jiang-shang-qing/'] },
  { query: '谁整治了沭水', kind: '事迹', must: ['/worthies/shen-kuo/'] },
  // Near misses: a character with the same sound, one dropped or swapped
  { query: '向羽', kind: '近似', meant: '项羽', must: ['/worthies/xiang-yu/'] },
  { query: '骆马胡', kind: '近似', meant: '骆马湖', must: ['/places/luo-ma-hu/'] },
  { query: '洪泽胡', kind: '近似', meant: '洪泽湖', must: ['/places/hong-ze-hu/'] },
  { query: '袁梅', kind: '近似', meant: '袁枚', must: ['/worthies/yuan-mei/'] },
  { query: '彭雪峰', kind: '近似', meant: '彭雪枫', must: ['/worthies/peng-xue-feng/'] },
  { query: '张湘文', kind: '近似', meant: '张相文', must: ['/worthies/zhang-xiang-wen/'] },
  { query: '项王古里', kind: '近似', meant: '项王故里', must: ['/places/xiang-wang-gu-li/'] },
  { query: '泗洲戏', kind: '近似', meant: '泗州戏', must: ['/heritage/si-zhou-xi/'] },
  { query: '苏北大古', kind: '近似', meant: '苏北大鼓', must: ['/heritage/su-bei-da-gu/'] },
  { query: '黄狗猪肉', kind: '近似', meant: '黄狗猪头肉', must: ['/heritage/huang-gou-zhu-tou-rou/'] },
  { query: '马骆湖', kind: '近似', meant: '骆马湖', must: ['/places/luo-ma-hu/'] },
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
