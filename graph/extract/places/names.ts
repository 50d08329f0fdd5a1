// Name forms of administrative divisions: the short name people write (晋中 for
// 晋中市, 广西 for 广西壮族自治区) and the English name (pinyin with the
// conventional exceptions: Shaanxi, Inner Mongolia, Tibet, Hong Kong …).
import { pinyin } from 'pinyin-pro';

// Ethnic groups named in autonomous-division names; stripped with or without 族 (各族: of all groups, 龙胜各族自治县).
const ETHNIC_GROUPS = `蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡
纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安
裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各`.split(/\s+/);

const AUTONOMOUS = /自治(?:区|州|县|旗)$/;
// Longest suffix first, so 林区 goes before 区 and 地区 before 区.
const SUFFIXES = ['特别行政区', '街道办事处', '街道', '地区', '新区', '林区', '特区', '苏木', '省', '市', '区', '县', '旗', '盟', '州', '乡', '镇'];

/** Drops the autonomous suffix and the ethnic names before it: 海西蒙古族藏族自治州 → 海西. */
function stripAutonomous(name: string): string {
  let base = name.replace(AUTONOMOUS, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      // Bare multi-character stems (维吾尔, 蒙古) are safe; bare one-character ones (白, 水) are not.
      for (const form of group.length > 1 ? [`${group}族`, group] : [`${group}族`]) {
        if (base.endsWith(form) && base.length - form.length >= 2) {
          base = base.slice(0, -form.length);
          changed = true;
        }
      }
    }
  }
  return base;
}

/** The name without its administrative suffix; may be one character (祁县 → 祁). */
export function shortNameOf(name: string): string {
  if (AUTONOMOUS.test(name)) return stripAutonomous(name);
  const base = name.replace(/民族乡$/, '乡');
  const suffix = SUFFIXES.find((s) => base.endsWith(s) && base.length > s.length);
  return suffix ? stripAutonomous(base.slice(0, -suffix.length)) : base;
}

/** Conventional English names used instead of the plain pinyin of the short name. */
const ENGLISH_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  陕西: ['Shaanxi'],
  内蒙古: ['Inner Mongolia', 'Nei Mongol'],
  西藏: ['Tibet', 'Xizang'],
  香港: ['Hong Kong'],
  澳门: ['Macao', 'Macau'],
  呼和浩特: ['Hohhot'],
  乌鲁木齐: ['Urumqi'],
  拉萨: ['Lhasa'],
  哈尔滨: ['Harbin'],
  喀什: ['Kashgar', 'Kashi'],
};

/**
 * Conventional English names of places in Inner Mongolia, Tibet, Xinjiang and other minority areas, written
 * beside their plain pinyin (Ordos and E'erduosi): the first is the name shown.
 */
const CONVENTIONAL_NAMES: Readonly<Record<string, readonly string[]>> = {
  鄂尔多斯: ['Ordos'],
  呼伦贝尔: ['Hulunbuir'],
  锡林郭勒: ['Xilingol'],
  巴彦淖尔: ['Bayannur'],
  乌兰察布: ['Ulanqab'],
  阿拉善: ['Alxa'],
  日喀则: ['Shigatse'],
  林芝: ['Nyingchi'],
  昌都: ['Qamdo', 'Chamdo'],
  那曲: ['Nagqu'],
  阿里: ['Ngari'],
  和田: ['Hotan'],
  克拉玛依: ['Karamay'],
  吐鲁番: ['Turpan'],
  伊犁: ['Ili'],
  阿勒泰: ['Altay'],
  博尔塔拉: ['Bortala'],
  巴音郭楞: ['Bayingolin'],
  克孜勒苏: ['Kizilsu'],
  阿坝: ['Ngawa'],
  甘孜: ['Garze'],
  果洛: ['Golog'],
  格尔木: ['Golmud'],
  库尔勒: ['Korla'],
  阿克苏: ['Aksu'],
  阿图什: ['Artux'],
  霍尔果斯: ['Khorgos'],
  二连浩特: ['Erenhot'],
  锡林浩特: ['Xilinhot'],
  乌兰浩特: ['Ulanhot'],
  阿尔山: ['Arxan'],
  海拉尔: ['Hailar'],
  香格里拉: ['Shangri-La'],
};

// Readings a place name always takes where the converter picks the common word's: 都 is dū in every
// name (成都, 都匀, 都昌, 于都), never dōu as in 都是.
const PLACE_READINGS: Readonly<Record<string, string>> = { 都: 'du' };

/** Pinyin syllables of a place name, toneless and lowercase, ü written u. */
export function syllablesOf(chinese: string): string[] {
  const syllables = pinyin(chinese, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/v/g, 'u'));
  const chars = [...chinese];
  return chars.length === syllables.length ? syllables.map((s, i) => PLACE_READINGS[chars[i]] ?? s) : syllables;
}

/** Joins syllables the standard way: capitalised, with an apostrophe before a vowel-initial syllable (Xi'an). */
export function romanise(syllables: readonly string[]): string {
  const joined = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const SUFFIX_ENGLISH: Readonly<Record<string, string>> = { 县: 'County', 区: 'District', 市: 'City', 旗: 'Banner', 乡: 'Township', 镇: 'Town' };

const englishCache = new Map<string, string[]>();

/** English names of a division, the preferred one first: [Jinzhong], [Qi County, Qixian], [Shaanxi]. */
export function englishNamesOf(name: string, shortName: string): string[] {
  let names = englishCache.get(name);
  if (!names) {
    names = romanisedNames(name, shortName);
    englishCache.set(name, names);
  }
  return names;
}

function romanisedNames(name: string, shortName: string): string[] {
  const exceptions = ENGLISH_EXCEPTIONS[shortName];
  if (exceptions) return [...exceptions];
  if (shortName.length >= 2) return [...(CONVENTIONAL_NAMES[shortName] ?? []), romanise(syllablesOf(shortName))];
  // A one-character short name is never used alone in English: Qi County, Qixian.
  const head = romanise(syllablesOf(shortName));
  const suffixEn = SUFFIX_ENGLISH[name.slice(shortName.length)];
  const joined = romanise(syllablesOf(name));
  return suffixEn ? [`${head} ${suffixEn}`, joined] : [joined];
}

/**
 * Other romanisations of a short name whose characters read several ways: the
 * converter reads 都昌 as Douchang, where the place is Duchang (as in Chengdu).
 * One character changed at a time; for looking names up, never shown as aliases.
 */
export function otherReadingsOf(shortName: string): string[] {
  if (shortName.length < 2 || ENGLISH_EXCEPTIONS[shortName]) return [];
  const preferred = syllablesOf(shortName);
  const out: string[] = [];
  [...shortName].forEach((ch, i) => {
    const readings = pinyin(ch, { toneType: 'none', type: 'array', multiple: true, v: true }).map((s) => s.replace(/v/g, 'u'));
    for (const r of readings) if (r !== preferred[i]) out.push(romanise(preferred.map((s, k) => (k === i ? r : s))));
  });
  return out;
}

/** The lookup key of an English place name: lowercase letters only (Xi'an → xian, Hong Kong → hongkong). */
export function englishKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

// One or more toneless pinyin syllables: initial (optional) and final.
const PINYIN_WORD = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))+$/;

/** Whether an English-script word reads as joined pinyin (Jinshaxiao yes, Visit no). */
export function isPinyinWord(word: string): boolean {
  return PINYIN_WORD.test(word.toLowerCase().replace(/['’-]/g, ''));
}
