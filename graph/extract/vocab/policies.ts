// National programmes and strategies that reports name without quotes or a
// programme word, with their English forms; and the words that tell a
// programme from ideology, discipline slogans and vague aims.

const PROGRAMMES = `
乡村振兴|rural revitalization|rural revitalisation|rural vitalization
一带一路|belt and road|belt and road initiative|one belt one road
碳达峰碳中和=双碳=碳达峰、碳中和|carbon peaking and carbon neutrality|dual carbon|carbon peak and carbon neutrality|peak carbon and carbon neutrality
专精特新|specialized, refined, distinctive and innovative|specialized and new|specialised and new
脱贫攻坚|poverty alleviation|fight against poverty|poverty eradication
精准扶贫|targeted poverty alleviation|precision poverty alleviation
放管服|streamline administration and delegate power
河长制|river chief system
林长制|forest chief system
湖长制|lake chief system
链长制|chain chief system|industrial chain chief system
田长制|field chief system
全域旅游|all-for-one tourism|global tourism|all-area tourism
新型城镇化|new urbanization|new-type urbanization
新型工业化|new industrialization|new-type industrialization
军民融合|military-civilian integration|civil-military integration
产教融合|integration of production and education|industry-education integration
医养结合|integration of medical and elderly care|combination of medical care and elderly care
能源革命|energy revolution
黄河流域生态保护和高质量发展|ecological protection and high-quality development of the yellow river basin
西部大开发|western development|great western development
中部崛起|rise of central china|rise of the central region
京津冀协同发展|coordinated development of beijing-tianjin-hebei
长江经济带|yangtze river economic belt
厕所革命|toilet revolution
垃圾分类|garbage sorting|waste sorting
四好农村路|four good rural roads
一网通办|one-stop online service
最多跑一次|at most one trip|one visit at most
证照分离|separation of permits and licenses
多规合一|multiple regulations into one|multi-plan integration
千万工程|thousand villages demonstration and ten thousand villages renovation
一老一小|the old and the young
全民参保|universal insurance enrollment
互联网+|internet plus
双创|mass entrepreneurship and innovation
大众创业、万众创新|mass entrepreneurship and innovation
`;

export interface ProgrammeTerm {
  name: string;
  zh: string[];
  en: string[];
}

function parse(block: string): ProgrammeTerm[] {
  return block
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const [chinese, ...en] = line.trim().split('|');
      const [name, ...zh] = chinese.split('=');
      return { name, zh, en: en.map((e) => e.toLowerCase()) };
    });
}

export const PROGRAMMES_KNOWN: readonly ProgrammeTerm[] = parse(PROGRAMMES);

/** Endings of Party ideology, theory and discipline slogans: not development policies. */
export const IDEOLOGY =
  /(?:思想|精神|理念|意识|自信|维护|确立|观|作风|党建|从严治党|学习教育|主题教育|初心|使命|八项规定|政治|党性|廉洁|廉政|纪律|讲话|指示|批示|嘱托|方针|总基调|为中心|守正创新)$/;

/** Vague aims that name no programme. */
export const VAGUE = new Set(`高质量发展 稳中求进 新发展格局 新发展阶段 改革开放 深化改革 全面深化改革 提质增效 转型发展 创新发展 绿色发展
协调发展 开放发展 共享发展 高水平开放 稳增长 促发展 惠民生 防风险 保稳定 共同富裕 现代化建设 中国式现代化 学习强国`.split(/\s+/));

/** The same for English machine translations (four consciousness, two maintenance). */
export const IDEOLOGY_EN = /\b(?:consciousness|self-confidence|confidence|maintenance|upholds?|safeguards?|thought|spirit|concept|party building)\b/i;

/** Honours and rankings won, not programmes run (十佳赛事, 百强). */
export const HONOUR = /(?:百强|十强|十佳|赛事|称号|荣誉|奖|冠军)$|20\d\d/;

/** Last words of a quoted figure of speech (金字招牌, 两面旗帜, 晋中答卷): praise, not a programme. */
export const METAPHOR = /(?:招牌|旗帜|答卷|马车|花园|农场|粮仓|名片|高地|洼地|引擎|标杆|样板|字号|冠|牌|田|地|家)$/;
