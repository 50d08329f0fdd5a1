// Word lists the fact extractor reads: general economic-statistics vocabulary
// and the function words around figures, in simplified, traditional and English forms.

/** Words naming the document's own place ("全市", "the city"): the default subject applies. */
export const SELF_PLACE_RE = /[全我本](?:市|县|縣|区|區|州|旗|盟)|[我本]省|市(?:主)?城区|\b(?:the (?:whole )?city|our city|citywide|the county|our county|the district|our district|our province)\b/i;

/** Clause boundaries: an indicator never reaches across one. */
export const CLAUSE_BOUNDARY_RE = /[，,；;：:。！？!?\n]/;
/** Words that report a figure as reached, whatever year it is of: 完成1562亿元, 比上年增长, "up … year on year". */
export const ACHIEVED_RE = /完成|比上年|较上年|同比|\bcompared with (?:the )?(?:previous|last) year|\byear[- ]on[- ]year/i;

/** A sentence opening with an anaphor ("该公司", "该村", "The company") continues the previous sentence's place. */
/** An English sentence whose subject is "the province", after a time phrase at most ("In 2023, the province produced"). */
export const THE_PROVINCE_RE = /^\s*(?:(?:in|by|at the end of) (?:19|20)\d{2},?\s*)?the province(?:'s|’s)?\b/i;
export const ANAPHOR_START_RE = /^\s*(?:(?:in|by|at the end of) (?:19|20)\d{2},?\s*)?(?:(?:该|此(?!外)|这|這)[村镇乡县区縣區]?|the (?:company|village|town|township|county|district|project|enterprise|park)\b)/i;

/** Place mentions after these are partners or destinations, not the subject. */
export const NOT_SUBJECT_BEFORE_RE = /(?:与|與|同|和|跟|向|赴|到|至|较|較|比|对|對|、|\bwith|\bto|\bthan|\band)\s*$/;
/**
 * Before a place: an apposition that places the subject in it ("Hefei, capital of east China's Anhui Province,
 * produced", "Shenmu, a county-level city under Yulin, produced", 罗山县隶属于信阳市, 某县位于某市).
 */
export const CAPITAL_OF_BEFORE_RE = /\bcapital of(?: (?:east|west|north|south|northeast|northwest|southeast|southwest|central) China's)?\s*$|\bunder\s*$|(?:隶属于?|位于)$/i;
/** After a place: a list, or (English) a capitalised word making it part of a longer name ("Hubei Xingfa"). */
export const NOT_SUBJECT_AFTER_RE =
  /^\s*(?:、|等|和|与|與|及|,? and\b)|^ (?!(?:City|County|District|Province|Town|Township|Village|Region|Prefecture)\b)[A-Z]/;
/** A place right after 全市/我市 is a word misread as a place ("全市新建3座"): the sentence is about the document's place. */
export const SELF_PLACE_BEFORE_RE = /(?:[全我本](?:市|县|縣|区|區|州|旗|盟)|[我本]省)$/;

/** Years in a sentence; a year after 比/较/than is a base year, not the figure's year. */
export const YEAR_RE = /(?<![0-9])(19[5-9][0-9]|20[0-9]{2})(?![0-9])/g;
export const BASE_YEAR_BEFORE_RE = /(?:比|较|較|是|than|from|compared with|over)\s*$/;

// Words of a fall, and of any change: the figure after them (or, in English, before "decline") is a rate.
const ZH_FALL_WORDS = '下降|减少|減少|降低|下跌|回落|下滑|收窄|降';
const ZH_CHANGE_WORDS = `增长|增長|提高|提升|增加|上升|上涨|上漲|回升|扩大|擴大|增速|增幅|增|高|低|${ZH_FALL_WORDS}`;
// What may stand between the change word and the figure: 增长了, 下降约, "rose by about".
const ZH_CHANGE_TAIL = '(?:了|约|約|近|超过|超過|达|達|达到|達到|为|為|均|分别|分別|以上)*$';
const EN_FALL_WORDS = 'down|declined?|declines|decrease[sd]?|fell|dropped|drop|lower';
const EN_CHANGE_WORDS = `increase[sd]?|growth|grew|grows?|growing|r[io]se[sn]?|rising|up|higher|${EN_FALL_WORDS}`;
const EN_CHANGE_TAIL = '(?:\\s+(?:by|of))?(?:\\s+(?:about|nearly|over|more than|approximately|around|at least|respectively))*\\s*$';

/** Rate-of-change words right before a percentage: 增长 5%, "an increase of 5%". */
export const GROWTH_BEFORE_ZH_RE = new RegExp(`(?:${ZH_CHANGE_WORDS})${ZH_CHANGE_TAIL}`);
export const GROWTH_BEFORE_EN_RE = new RegExp(`\\b(?:${EN_CHANGE_WORDS})${EN_CHANGE_TAIL}`, 'i');
export const GROWTH_AFTER_EN_RE = /^\s*(?:growth|increase|rise|decline|decrease|drop)\b/i;
/** Of those, the words of a fall: the figure after them is a decrease. */
export const FALL_BEFORE_ZH_RE = new RegExp(`(?:${ZH_FALL_WORDS})${ZH_CHANGE_TAIL}`);
export const FALL_BEFORE_EN_RE = new RegExp(`\\b(?:${EN_FALL_WORDS})${EN_CHANGE_TAIL}`, 'i');
export const FALL_AFTER_EN_RE = /^\s*(?:decline|decrease|drop|fall)\b/i;

/** Goal words: the figure is a target. */
export const TARGET_ZH_RE = /力争|力爭|目标|目標|预期|預期|预计|預計|确保|確保|计划|計劃|争取|爭取|将|將|拟|擬|努力/;
export const TARGET_EN_RE = /\b(?:targets?|strive|striving|aims?|aiming|expected|expects?|will|plans? to|planned|goals?|projected)\b/i;
/** Headings of plan sections ("2024年主要目标", "Tasks for 2021"), not of reviews. */
export const TARGET_HEADING_RE = /目标|目標|安排|打算|草案|展望|主要任务|主要任務|预期|預期|\b(?:targets?|tasks|plans?|arrangements?|outlook)\b/i;
export const REVIEW_HEADING_RE = /回顾|回顧|执行|執行|完成情况|完成情況|\breview\b/i;

/** Function words trimmed from the front of a Chinese indicator. */
export const ZH_LEADING = [
  '全市', '我市', '本市', '全县', '全縣', '我县', '我縣', '全区', '全區', '我区', '我區', '全州', '全旗', '全盟', '全省', '我省', '本省',
  '实现', '實現', '分别', '分別',
  '全年', '今年', '年内', '年內', '当年', '當年', '上年', '去年', '累计', '累計', '共计', '共計', '共', '其中', '同比',
  '截至目前', '截至年底', '目前', '到年底', '年底', '年末', '此外', '另外', '同时', '同時', '以及', '并且', '並且', '并', '並',
  '且', '和', '与', '與', '及', '等', '已经', '已經', '已', '还', '還', '全力', '力争', '力爭', '预计', '預計', '确保',
  '確保', '争取', '爭取', '拟', '擬', '将', '將', '努力', '再', '对', '對', '在', '为', '為', '以', '是', '的', '、',
];
/** Verbs and fillers trimmed from the end of a Chinese indicator. */
export const ZH_TRAILING = [
  '同比', '比上年', '较上年', '較上年', '年均', '分别', '分別', '均', '已', '共', '约', '約', '近', '达到', '達到', '达', '達',
  '为', '為', '是', '有', '突破', '超过', '超過', '超', '增长', '增長', '增加', '提高', '提升', '下降', '减少', '減少',
  '降低', '上升', '上涨', '上漲', '下跌', '增速', '增幅', '稳定在', '穩定在', '控制在', '保持在', '维持在', '維持在', '稳定', '穩定', '控制',
  '保持', '在', '至', '到', '了', '的', '以上', '左右', '总计', '總計', '累计', '累計', '共计', '共計', '合计', '合計', '计', '計',
  '实现', '實現', '完成', '高于', '高於', '低于', '低於', '进位至', '進位至', '跃升至', '躍升至', '位居', '稳居', '穩居',
  '居', '位列', '排名', '排', '首次', '历史性', '歷史性', '连续', '連續', '全部', '、', '“', '”', '可达', '可達', '可', '将', '將', '预计', '預計', '有望', '力争', '力爭', '争取', '爭取', '确保', '確保', '预期', '預期',
];
/** Where the counted noun after a figure ends: "13个集聚区提供摊位" → 集聚区. */
export const ZH_FOLLOWING_STOP_RE = /[，,；;：:。！？!?、（(\s0-9]|等|全部|均|已|提供|完成|实现|實現|达到|達到|签订|簽訂|进行|進行|成功|获得|獲得|予以|和|与|與|及|为|為|投产|投產|开工|開工|建成|竣工|投运|投運|落地/;

/** English words that end the subject noun phrase before a figure. */
export const EN_VERBS = new Set([
  'reached', 'reach', 'reaching', 'was', 'were', 'is', 'are', 'be', 'been', 'will', 'increased', 'rose', 'grew',
  'amounted', 'totaled', 'totalled', 'hit', 'exceeded', 'exceed', 'exceeding', 'stood', 'fell', 'dropped', 'declined',
  'has', 'have', 'had', 'accounted', 'accounting', 'achieved', 'completed', 'realized', 'registered', 'raised',
  'remained', 'kept', 'ranked', 'up', 'down', 'maintained', 'strive', 'striving', 'attracted', 'received', 'welcomed',
  'created', 'added', 'stayed', 'exceeds', 'reaches', 'totals', 'stands', 'amounts', 'grows', 'rises', 'increases', 'remains', 'accounts', 'expected',
]);
/** English function words trimmed from either end of an indicator. */
export const EN_TRIM = new Set([
  'the', 'a', 'an', 'and', 'with', 'of', 'while', 'its', 'their', 'which', 'in', 'at', 'by', 'to', 'from', 'as', 'for', 'within', 'below',
  'about', 'nearly', 'over', 'more', 'than', 'approximately', 'around', 'city', "city's", 'citywide', 'year',
  'year-on-year', 'on', 'this', 'throughout', 'respectively', 'least', 'also', 'further', 'all', 'be', 'we', 'our',
]);
/** An English indicator that only names a change ("an annual increase") takes the previous indicator. */
export const EN_CHANGE_ONLY_RE = /^(?:(?:average|annual|an|a|the)\s+)*(?:increase|growth|rise|decrease|decline|drop)$/i;

/** Short Chinese names of statistical indicators and their full names. */
export const ZH_SHORT_NAMES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:GDP|生产总值|国内生产总值|全市生产总值|全县生产总值)$/i, '地区生产总值'],
  [/规上/g, '规模以上'],
  [/^社零总额$/, '社会消费品零售总额'],
];

/** General English indicator names and their Chinese statistical names. */
export const EN_INDICATORS: ReadonlyArray<readonly [string, string]> = [
  ['per capita disposable income of urban residents', '城镇居民人均可支配收入'],
  ['urban residents per capita disposable income', '城镇居民人均可支配收入'],
  ['per capita disposable income of rural residents', '农村居民人均可支配收入'],
  ['rural residents per capita disposable income', '农村居民人均可支配收入'],
  ['per capita disposable income', '居民人均可支配收入'],
  ['industrial added value above designated size', '规模以上工业增加值'],
  ['industrial added value above scale', '规模以上工业增加值'],
  ['added value of industries above designated size', '规模以上工业增加值'],
  ['added value of industrial enterprises above designated size', '规模以上工业增加值'],
  ['above-scale industrial added value', '规模以上工业增加值'],
  ['added value of strategic emerging industries', '战略性新兴产业增加值'],
  ['added value of the manufacturing industry', '制造业增加值'],
  ['manufacturing added value', '制造业增加值'],
  ['revenue in the general public budget', '一般公共预算收入'],
  ['general public budget revenue', '一般公共预算收入'],
  ['total retail sales of consumer goods', '社会消费品零售总额'],
  ['retail sales of consumer goods', '社会消费品零售总额'],
  ['investment in fixed assets', '固定资产投资'],
  ['fixed asset investment', '固定资产投资'],
  ['fixed-asset investment', '固定资产投资'],
  ['total import and export', '进出口总额'],
  ['total imports and exports', '进出口总额'],
  ['registered urban unemployment rate', '城镇登记失业率'],
  ['urbanization rate', '城镇化率'],
  ['total industrial output value', '工业总产值'],
  ['raw coal output', '原煤产量'],
  ['raw coal production', '原煤产量'],
  ['grain planting area', '粮食播种面积'],
  ['grain output', '粮食产量'],
  ['grain production', '粮食产量'],
  ['output of grain', '粮食产量'],
  ['added value of the tourism industry', '旅游业增加值'],
  ['tourism revenue', '旅游收入'],
  ['foreign trade volume', '进出口总额'],
  ['total foreign trade', '进出口总额'],
  ['utilized foreign capital', '实际利用外资'],
  ['urban registered unemployment rate', '城镇登记失业率'],
  ['actual use of foreign capital', '实际利用外资'],
  ['energy consumption per unit of gdp', '单位地区生产总值能耗'],
  ['energy consumption per unit of gross domestic product', '单位地区生产总值能耗'],
  ['energy consumption per 10,000 yuan of gdp', '单位地区生产总值能耗'],
  ['per capita gdp', '人均地区生产总值'],
  ['gdp per capita', '人均地区生产总值'],
  ['surveyed urban unemployment rate', '城镇调查失业率'],
  ['urban surveyed unemployment rate', '城镇调查失业率'],
  ['gross regional product', '地区生产总值'],
  ['gross domestic product', '地区生产总值'],
  ['regional gdp', '地区生产总值'],
  ['gdp', '地区生产总值'],
];
