/**
 * Names not in the dataset in Korean, Japanese and Chinese, where no capital letter marks a name:
 * a person is found by the title written next to the name (Korean and Japanese put it after:
 * "이재명 대표", "林芳正官房長官"; Chinese before: "发言人林剑") and, for precision, by a family
 * name from a list of common ones; an organisation by its head word ("통일연구원", "防衛省",
 * "中央社"). Anything else is left alone.
 */
import type { EntityType } from '../data/schema';

export interface CjkName {
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

/** The commonest Korean family names (one syllable; two-syllable ones are rare in news). */
const KO_SURNAMES = '김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉';
/** Titles that follow a Korean name; the particle or a space ends the title. */
const KO_TITLES =
  '대표|원내대표|대변인|부대변인|장관|차관|의원|위원장|부위원장|위원|연구위원|선임연구위원|연구원|선임연구원|교수|명예교수|기자|특파원|대통령|총리|국무총리|' +
  '외무상|국방상|부상|부부장|원장|소장|실장|국장|청장|박사|회장|사장|지사|시장|대사|총장|사무총장|비서관|수석|주지사|부총리|당수|의장|재판관';
const KO_PERSON = new RegExp(
  `(?<![가-힣])([${KO_SURNAMES}][가-힣]{1,2})(?:·[가-힣]{2,3})*\\s+(?:[가-힣]{1,11}(?:원|소|회|당|부|청|실|처|국|대|사|관|단|군)\\s+)?(?:${KO_TITLES})(?=[은는이가의도을를과와께에,·\\s”"’)]|$)`,
  'gu',
);
/** "김도윤·이서진 기자": several reporters before one title. */
/** Two-syllable words that begin with a family-name syllable and stand before titles. */
const KO_NOT_NAME = /^(?:오후|오전|이날|이번|이후|이어|지난|정부|전날|한편|조선|주요|신임|전임|현직|전직|당시|최근|국제|정상|한국|공동|고위|양국|여당|야당|신문|방송|기자|대통령|장관|외무|국방|주재|주북|주러|주한|노동|최고|우리|국무|연해|유엔|미국|중국|일본|북한|러시|당국|성명|회담|현지|도착|남북|북러|한미|한일)$/u;
const KO_CO_NAME = new RegExp(`(?<=·)([${KO_SURNAMES}][가-힣]{1,2})(?=(?:·[가-힣]{2,3})*\\s+(?:${KO_TITLES})(?![가-힣]))`, 'gu');
/** Heads that only an organisation's name ends in (a lone "부" or "당" ends common words too). */
const KO_ORG = /(?<![가-힣])([가-힣]{2,10}(?:연구원|연구소|위원회|통신|신문|일보|방송|재단|협회|대학교|민주당|혁신당|국민의힘|대통령실))(?=[은는이가의도을를과와에,\s”"’)]|$)/gu;
/** Words that end in an organisation head but name no one in particular. */
const KO_GENERIC = /^(?:[가-힣]?(?:당|이|그|각|해당|관련|정부|국영|관영|외신|현지|주요|언론)\s?)(?:연구원|연구소|위원회|통신|신문|방송|재단|협회)$|^(?:연구원|위원회)$/u;

const ZH_SURNAMES =
  '王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯柯';
/** Titles that precede a Chinese name ("发言人林剑", "研究员杨希雨", "记者王磊", "编辑：林家瑜"). */
const ZH_TITLES =
  '发言人|發言人|研究员|研究員|教授|学者|學者|专家|專家|主任|所长|所長|院长|院長|会长|會長|秘书长|秘書長|副秘书长|副秘書長|部长|部長|局长|局長|大使|总裁|總裁|' +
  '董事长|董事長|分析师|分析師|记者|記者|编辑|編輯|责任编辑|責任編輯|主编|主編|特派员|特派員';
/** The name ends where a verb, a time word, a preposition or punctuation starts. */
const ZH_AFTER = '(?=\\d|在|于|於|表示|说|說|称|稱|指出|强调|強調|认为|認為|透露|告诉|告訴|对|對|向|警告|回应|回應|坦言|也|则|則|今天|昨天|日前|近日|[，,：:。、）)】\\s]|$)';
const ZH_PERSON = new RegExp(
  `(?:${ZH_TITLES})[：:]?((?:[${ZH_SURNAMES}][\\p{Script=Han}]{1,2})|(?:[\\p{Script=Han}]{1,4}·[\\p{Script=Han}]{1,5}?))${ZH_AFTER}`,
  'gu',
);
/** News agencies and bodies by their head: "中央社", "中国汽车工业协会", "中国社会科学院". */
const ZH_ORG = /(?<=^|[，,。：:、“”"（(【\s]|据|據|根据|根據)([\p{Script=Han}]{2,10}?(?:协会|協會|科学院|科學院|研究院|研究所|大学|大學|通讯社|通訊社|联合会|聯合會))(?=[\p{Script=Han}]{0,6}(?:研究员|研究員|副?秘书长|副?秘書長|学者|學者|教授|专家|專家|最新|发布|發布|表示|数据|數據|的|，|。|、))/gu;
const ZH_AGENCY = /(?<=^|[，,。：:、“”"（(【\s])([\p{Script=Han}]{1,3}社)(?=[\p{Script=Han}]{0,4}(?:记者|記者|电|電|报道|報導|報道|综合|綜合)|[\p{Script=Han}]{2}\d)/gu;

/** Japanese titles after a name ("松野官房長官", "林芳正官房長官は"). */
const JA_TITLES =
  '官房長官|長官|総理大臣|総理|首相|大臣|外相|防衛相|経産相|財務相|大統領|総書記|報道官|議員|知事|市長|教授|准教授|代表|委員長|幹事長|書記官|研究員|主任研究員|記者|次官|大使|総裁|社長|会長|国家安保室長|局長';
const JA_PERSON = new RegExp(`(?<![\\p{Script=Han}\\p{Script=Katakana}ー])([\\p{Script=Han}]{2,4}?)(?:${JA_TITLES})(?=[はがのもとにへ、（(「]|$)`, 'gu');
/** Place and country words that stand before a title as easily as a name does ("韓国大統領"). */
const JA_NOT_NAME = /^(?:韓国|中国|米国|日本|英国|露国|北朝鮮|台湾|政府|同|前|元|現|新|旧|副|首席|国連|各国|両国|地元|県|府|市|国家)$|[国県府市省庁]$|^国家/u;
const JA_ORG = /(?<![\p{Script=Han}\p{Script=Katakana}ー])([\p{Script=Han}\p{Script=Katakana}ー]{1,8}(?:庁|省|通信|新聞|放送|研究所|官邸|大統領府))(?=[はがのもとにへでを、。「（(]|によると|$)/gu;
const JA_GENERIC = /^(?:同|各|両|関係|当該|中央|地方|政府|米|露|中|韓|日)(?:庁|省|通信|新聞|放送)$/u;

function collect(text: string, re: RegExp, type: EntityType, out: CjkName[], reject?: RegExp): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1] as string;
    if (reject?.test(name)) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ name, type, start, end: start + name.length });
  }
}

/** Names in a Korean, Japanese or Chinese text; empty for any other language. */
export function findCjkNames(text: string, lang: string): CjkName[] {
  const out: CjkName[] = [];
  if (lang === 'ko') {
    collect(text, KO_PERSON, 'person', out, KO_NOT_NAME);
    collect(text, KO_CO_NAME, 'person', out);
    collect(text, KO_ORG, 'organisation', out, KO_GENERIC);
  } else if (lang === 'ja') {
    collect(text, JA_PERSON, 'person', out, JA_NOT_NAME);
    collect(text, JA_ORG, 'organisation', out, JA_GENERIC);
  } else if (lang === 'zh') {
    collect(text, ZH_PERSON, 'person', out);
    collect(text, ZH_ORG, 'organisation', out);
    collect(text, ZH_AGENCY, 'organisation', out);
  }
  // one name per place: the earlier (then longer) match wins
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CjkName[] = [];
  for (const n of out) if (kept.length === 0 || n.start >= (kept[kept.length - 1] as CjkName).end) kept.push(n);
  return kept;
}
