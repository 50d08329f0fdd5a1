// Common Chinese surnames (the general list, not any particular people) and their
// pinyin, so Chinese and romanised names can be told apart from other words.
import { pinyin } from 'pinyin-pro';

const SINGLE = `王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢
姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍
庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕
屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇
桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴
盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危
玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习虎`;

const COMPOUND = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '令狐', '慕容', '司徒', '夏侯', '尉迟', '长孙', '宇文', '公孙', '轩辕', '端木', '独孤', '南宫', '西门', '申屠', '澹台', '呼延'];

/** Single-character surnames. */
export const SURNAME_CHARS: ReadonlySet<string> = new Set([...SINGLE.replace(/\s+/g, '')]);

/** Two-character surnames. */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(COMPOUND);

let romanised: Set<string> | null = null;

/** Lower-case pinyin of every surname (吕 as both lu and lv), built on first use. */
export function surnamePinyin(): ReadonlySet<string> {
  if (romanised !== null) return romanised;
  romanised = new Set<string>();
  for (const s of [...SURNAME_CHARS, ...COMPOUND_SURNAMES]) {
    const syllables = pinyin(s, { toneType: 'none', surname: 'all', type: 'array', v: true }) as string[];
    const word = syllables.join('').toLowerCase();
    romanised.add(word);
    romanised.add(word.replace(/v/g, 'u'));
  }
  return romanised;
}
