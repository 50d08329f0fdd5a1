// General industry vocabulary: sectors, product categories and technologies
// from the national industry classification (GB/T 4754) and the common
// language of development plans. One line per industry: the canonical Chinese
// name, then its English forms (singular; plurals are matched by the scanner).
// Chinese forms after a "=" are short or variant Chinese names. A leading "~"
// marks a broad sector word (农业, 物流, 金融) that reports use in passing: it
// counts only with a sector suffix, in a compound or beside other industries.
// A leading "^" marks a term that can modify a following one (甲醇 + 重卡).

const ENTRIES = `
~农业|agriculture|agricultural
现代农业|modern agriculture
特色农业|characteristic agriculture|distinctive agriculture
设施农业|facility agriculture
有机旱作农业|organic dry farming
精品农业|boutique agriculture
都市农业|urban agriculture
休闲农业|leisure agriculture
观光农业|sightseeing agriculture|tourism agriculture
智慧农业|smart agriculture
~林业|forestry
畜牧业=畜牧|animal husbandry|livestock farming
渔业|fishery|fisheries
~养殖业=养殖|breeding|aquaculture
~种植业=种植|planting
种业|seed industry
现代种业|modern seed industry
~粮食|grain
~蔬菜|vegetable
~水果|fruit
苹果|apple
~葡萄|grape
~樱桃|cherry
~核桃|walnut
~红枣|jujube|red date
~小米|millet
杂粮|coarse cereal|minor grain
食用菌|edible fungi|edible mushroom
中药材|chinese herbal medicine|chinese medicinal material|herbal medicine
~茶叶|tea
~花卉|flower|floriculture
苗木|nursery stock
畜产品|livestock product
肉制品|meat product
乳制品|dairy|dairy product
牛肉|beef
羊肉|mutton
生猪|live pig|hog
家禽|poultry
~禽蛋|egg
农产品加工|agricultural product processing|processing of agricultural products
农产品精深加工|intensive processing of agricultural products|deep processing of agricultural products
食品加工|food processing
~食品|food|food industry
酿酒|brewing
白酒|liquor|baijiu
饮料|beverage
~纺织|textile|textiles
~服装|garment|apparel|clothing
皮革|leather
家具|furniture
造纸|papermaking
~印刷|printing
工艺美术|arts and crafts
煤炭|coal|coal industry
~煤矿|coal mining
焦炭|coke
焦化|coking
煤化工|coal chemical|coal chemical industry
现代煤化工|modern coal chemical
煤层气|coalbed methane|coal bed methane
天然气|natural gas
~石油|petroleum|oil
石化|petrochemical|petrochemicals
~化工|chemical industry|chemicals
精细化工|fine chemical|fine chemicals
新材料|new material|new materials
新型建材|new building material|new building materials
~建材|building material|building materials
水泥|cement
玻璃|glass
陶瓷|ceramic|ceramics
钢铁|steel|iron and steel
特钢|special steel|fine steel|specialty steel
不锈钢|stainless steel
冶金|metallurgy
~冶炼|smelting
有色金属|nonferrous metal|non-ferrous metal
~铝业|aluminum|aluminium
~铜业|copper
~镁业|magnesium
~铸造|casting|foundry
~锻造|forging
^碳纤维|carbon fiber|carbon fibre
^石墨|graphite
石墨材料|graphite material
石墨烯|graphene
碳素|carbon material
稀土|rare earth
装备制造|equipment manufacturing
高端装备制造|high-end equipment manufacturing
智能装备|intelligent equipment|smart equipment
先进制造业|advanced manufacturing|advanced manufacturing industry
~制造业|manufacturing|manufacturing industry
~传统制造业|traditional manufacturing
智能制造|intelligent manufacturing|smart manufacturing
~机械|machinery
机械制造|machinery manufacturing
液压|hydraulics|hydraulic
纺机|textile machinery
轨道交通装备|rail transit equipment
工程机械|construction machinery
农机|agricultural machinery
~汽车|automobile|automotive
汽车产业=汽车工业|automobile industry|auto industry|automotive industry
新能源汽车|new energy vehicle|nev
甲醇汽车|methanol vehicle|methanol car
醇电混动轿车|methanol-electric hybrid car
重卡|heavy truck|heavy-duty truck
甲醇重卡|methanol heavy truck
氢燃料电池汽车|hydrogen fuel cell vehicle
汽车零部件|auto part|auto parts|automobile part|automotive component
专用车|special vehicle|special purpose vehicle
电动汽车|electric vehicle|ev
智能网联汽车|intelligent connected vehicle
~^甲醇|methanol
甲醇经济|methanol economy
^氢能|hydrogen energy|hydrogen
燃料电池|fuel cell
~能源|energy
^新能源|new energy
清洁能源|clean energy
可再生能源|renewable energy
先进能源|advanced energy
^光伏|photovoltaic|photovoltaics|pv|solar photovoltaic
光伏发电|photovoltaic power generation|solar power
~^太阳能|solar energy|solar
太阳能电池|solar cell
^晶硅|crystalline silicon
晶硅光伏|crystalline silicon photovoltaic
多晶硅|polysilicon|polycrystalline silicon
单晶硅|monocrystalline silicon
^风电|wind power|wind energy
煤电|coal power|coal-fired power
~火电|thermal power
~水电|hydropower
核电|nuclear power
~电力|electricity|electric power
储能|energy storage
新型储能|new energy storage
^锂电=锂电池|lithium battery|lithium-ion battery|lithium
动力电池|power battery
新能源电池|new energy battery
~电池|battery
电池材料|battery material
生物质能|biomass energy|biomass
~地热|geothermal|geothermal energy
节能环保|energy conservation and environmental protection|energy saving and environmental protection
~环保|environmental protection
环保科技|environmental technology
固废综合利用|comprehensive utilization of solid waste|solid waste utilization
资源综合利用|comprehensive utilization of resources
再生资源|renewable resource|recycled resource|scrap recycling
循环经济|circular economy
电子信息|electronic information|electronics and information
~电子|electronics
半导体|semiconductor
集成电路|integrated circuit
芯片|chip
信创|information innovation|information technology application innovation|information and innovation
~软件|software
~信息技术|information technology
软件和信息技术服务|software and information technology service
大数据|big data
云计算|cloud computing
物联网|internet of things|iot
人工智能|artificial intelligence|ai
数字经济|digital economy
数字产业|digital industry
算力|computing power
数据中心|data center
~5G|5g
光电|optoelectronics|optoelectronic
激光|laser
传感器|sensor
机器人|robot|robotics
无人机|drone|unmanned aerial vehicle|uav
低空经济|low-altitude economy
航空航天|aerospace
航空|aviation
通用航空|general aviation
卫星|satellite
北斗|beidou
生物医药|biomedicine|biopharmaceutical|biomedical|biological medicine
~医药|pharmaceutical|medicine
现代医药|modern medicine
中医药|traditional chinese medicine|tcm
~中药|chinese medicine
医疗器械|medical device|medical equipment
医疗防护用品|medical protective equipment|medical protective supplies
药用辅料|pharmaceutical excipient
医药包材|pharmaceutical packaging material
生命科学|life science
生物技术|biotechnology
生物制造|biomanufacturing
大健康|big health|health industry
~康养|health and wellness|wellness|health care|healthcare
生态康养|ecological health care|ecological leisure and health
~养老|elderly care|old-age care|aged care
~养老服务|elderly care service
~服务业|service industry|service sector
现代服务业|modern service|modern service industry
生产性服务业|producer service|productive service
生活性服务业|consumer service|life service
~物流|logistics
现代物流|modern logistics
智慧物流|smart logistics|intelligent logistics
冷链物流|cold chain logistics|cold-chain logistics
~交通运输|transportation|transport
运输物流|transportation logistics
~仓储|warehousing
~快递|express delivery|courier
~商贸|commerce and trade|trade and commerce|commerce
商贸物流|trade logistics|commercial logistics
~贸易|trade
~外贸|foreign trade
~零售|retail
~批发|wholesale
~餐饮|catering|restaurant
~住宿|accommodation|hotel
电子商务=电商|e-commerce|ecommerce|electronic commerce
跨境电商|cross-border e-commerce
直播电商|live e-commerce|live streaming e-commerce|livestream e-commerce
农村电商|rural e-commerce
平台经济|platform economy
夜经济|night economy|night-time economy
首店经济|first-store economy
~会展|exhibition|convention and exhibition
~金融|finance
~金融业|financial industry|financial sector
~保险|insurance
房地产|real estate
~建筑业|construction industry
装配式建筑|prefabricated building|prefabricated construction
~家政|housekeeping|domestic service
文化产业|cultural industry|cultural industries
文创|cultural and creative|cultural creativity
文化创意|cultural creative|cultural and creative industry
文旅|cultural tourism|culture and tourism|cultural and tourism
~旅游业=旅游|tourism|travel|travel industry
乡村旅游|rural tourism
红色旅游|red tourism
研学旅游|study tour|educational tourism
观光旅游|sightseeing tourism|sightseeing
休闲旅游|leisure tourism
~体育|sports|sport
体育产业|sports industry
影视|film and television
动漫|animation
~出版|publishing
~教育培训|education and training
~职业教育|vocational education
~科技服务|science and technology service|technology service
~检验检测|testing and inspection|inspection and testing
研发设计|research and development design
人力资源服务|human resources service
法律服务|legal service
信息服务|information service
~咨询|consulting
~广告|advertising
~节能|energy saving
~水务|water service
~烟草|tobacco
`;

export interface IndustryTerm {
  /** Canonical Chinese name. */
  name: string;
  /** Other Chinese forms that name the same industry. */
  zh: string[];
  /** English forms, lower case, singular. */
  en: string[];
  /** A broad sector word that needs support from its context. */
  weak: boolean;
  /** Can stand before another term to form a compound. */
  modifier: boolean;
}

function parse(block: string): IndustryTerm[] {
  return block
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const flags = /^[~^]*/.exec(line)![0];
      const [chinese, ...english] = line.slice(flags.length).split('|');
      const [name, ...zh] = chinese.split('=');
      return { name, zh, en: english.map((e) => e.toLowerCase()), weak: flags.includes('~'), modifier: flags.includes('^') };
    });
}

/** The industry vocabulary, parsed once at load. */
export const INDUSTRY_TERMS: readonly IndustryTerm[] = parse(ENTRIES);
