/**
 * Attribution cue lexicons, per language. What is covered:
 *
 * en  speech verbs before or after the quote (said/says, told, added, warned, stated, wrote, noted,
 *     termed, called, described, urged, insisted, stressed, announced, declared, replied, and ~60
 *     more), inverted order (", said Putin"), "according to X", "in the words of X", "citing X",
 *     "quoted X as saying", "X was quoted as saying", "quoted/cited/carried/reported by X",
 *     "X reported"; pronouns he/she.
 * ko  verb-final cues after the quote (말했다, 밝혔다, 전했다, 강조했다, 주장했다, 지적했다, 덧붙였다, …
 *     after ~라고/~고, and ~라며), 보도했다 (report), "X에 따르면" / "X에 의하면"; 그는/그녀는.
 * ru  заявил(а), сказал(а), отметил(а), подчеркнул(а), сообщил(а), добавил(а), пояснил(а), написал(а)
 *     and more, before (Путин заявил: «…») or after («…», — заявил Путин); "по словам X",
 *     "по данным X"; передаёт / сообщает / пишет (report); он/она.
 * ja  と述べた, と語った, と強調した, と話した, と明らかにした, と指摘した, … after 「…」; と伝えた /
 *     と報じた (report); "Xによると" / "Xによれば"; 彼は/彼女は.
 * zh  表示, 说/說, 称/稱, 指出, 强调/強調, 认为, 写道, 重申, …; 报道/報導 (report); "据X报道" and
 *     "根据X"; 援引 (citing); 他/她 right before a verb.
 * de  sagte, erklärte, betonte, meinte, schrieb, warnte, fügte … hinzu, and more; ", so X"; "laut X";
 *     berichtete / meldete (report); er/sie.
 * fr  a déclaré, a affirmé, a dit, a ajouté, a souligné, … (also "a-t-il déclaré" and the present
 *     tense), "selon X", "cité par X", "citant X", rapporte (report); il/elle.
 * es  dijo, afirmó, declaró, señaló, aseguró, añadió, … (also "ha dicho"), "según X", "de acuerdo
 *     con X", "citado por X", informó (report); él/ella, and the dropped subject ("…", dijo.).
 *
 * The other languages the story ran in, each with the verbs their coverage uses most (unit tests in
 * test/unit/quotes-languages.test.ts; before these, their quotes fell back to English cues and a
 * speaker named only through a verb was lost):
 * pt  disse, afirmou, declarou, referiu, sublinhou, … "segundo X", "de acordo com X", "citado por X",
 *     noticiou (report); the dropped subject.
 * it  ha detto, ha dichiarato, ha affermato, … and dice / disse; "secondo X", "stando a X", "citato da X",
 *     riferisce / riporta (report); the dropped subject.
 * pl  powiedział(a), oświadczył(a), podkreślił(a), dodał(a), … and mówi / podkreśla; "według X",
 *     "zdaniem X", "jak podaje X"; podaje / informuje (report); the dropped subject.
 * uk  заявив(ла), сказав(ла), наголосив(ла), додав(ла), …; "за словами X"; передає / повідомляє (report).
 * el  δήλωσε, είπε, τόνισε, ανέφερε, …; "σύμφωνα με τον X"; μετέδωσε (report).
 * ro  a declarat, a spus, a afirmat, …; "potrivit lui X", "conform X", "citat de X"; relatează (report).
 * nl  zei, verklaarde, stelde, benadrukte, …, ", aldus X"; "volgens X"; meldde (report).
 * hr  izjavio je, rekao je, istaknuo je, … (also "je rekao"); "prema riječima X"; javlja / prenosi (report).
 * hu  mondta, közölte, jelentette ki, hangsúlyozta, …; "X szerint" (the source before its postposition).
 * tr  verb-final: the subject and a comma before the quote, the verb after it (dedi, diye konuştu,
 *     açıkladı, belirtti, vurguladı, …); "X'e göre".
 * id  mengatakan, kata, ujar, menegaskan, menambahkan, …; "menurut X"; melaporkan (report).
 * vi  nói, cho biết, tuyên bố, khẳng định, nhấn mạnh, …; "theo X"; đưa tin (report); ông/bà alone
 *     are "he"/"she", before a name a title.
 * ar  قال / قالت, أكد, أضاف, صرح, … with و / ف written on ("وقال"); بحسب / حسب / وفقا لـ; نقلت (report).
 * hi  X ने कहा / बताया / लिखा …, X का कहना है; X के अनुसार (the source before its postposition).
 * bg  заяви, каза, посочи, подчерта, добави, …; "според X"; съобщи / предава (report).
 * bn  X বলেন / বলেছেন / জানান …; X-এর মতে, X অনুযায়ী (the source before its postposition).
 *
 * Cues are regular-expression sources; Latin-script languages match them on word boundaries.
 */
import type { Lang } from '../../data/schema';

export type CueRole =
  /** The agent said the words. */
  | 'speech'
  /** The agent relayed them; the speaker when nobody else is named, otherwise via. */
  | 'report'
  /** "according to X": the speaker when nobody else is named, otherwise via. */
  | 'according'
  /** "citing X": X is the speaker, the clause's subject is via. */
  | 'citing'
  /** "quoted by X", "carried by X": X is via. */
  | 'carrier'
  /** "quoted X as saying": X is the speaker, the clause's subject is via. */
  | 'quotedAs';

/** Where the agent stands: before the cue (subject), after it (object / inversion), or either. */
export type Side = 'before' | 'after' | 'either';

export interface CueDef {
  source: string;
  role: CueRole;
  side: Side;
}

export interface LangCues {
  cues: CueDef[];
  /** Cues that may start a sentence with a capital ("Said Putin: …"); others only match as written. */
  capitalised?: string[];
  /** Pronouns that can be the speaker ("he"), as regular-expression sources. */
  pronouns: string[];
  /** Words whose object is not a sentence subject ("to the Associated Press"). */
  prepositions: ReadonlySet<string>;
  /** Words that start a new clause: after them, a cue belongs to another verb of the same subject. */
  conjunctions: ReadonlySet<string>;
  /** Words between the quote and the cue are matched on word boundaries (Latin, Cyrillic). */
  wordBoundaries: boolean;
  /** SOV languages: the subject stands before the quote, the verb after it. */
  verbFinal: boolean;
  /** The subject may be dropped entirely ("…", dijo.): resolve it like a pronoun. */
  proDrop: boolean;
  /** Capitalised words are names (false in German, where every noun is capitalised). */
  capitalisedNames: boolean;
  /** Chinese: no spaces, commas bound the clause, the subject opens it. */
  chineseClauses?: boolean;
  /** Scripts without capitals: a person's name next to a title ("发言人林剑", "홍민 … 연구위원은"), group 1. */
  titledName?: RegExp;
  /** Reported-speech verb forms (German Konjunktiv I): a sentence in them still reports the last speaker. */
  subjunctive?: RegExp;
  /** "同庁", "同省", "its statement": the organisation named last whose name ends in the captured head (group 1, may be empty). */
  sameOrg?: RegExp;
  /** "the report added", "as per the report", "the agency said": the organisation that spoke last (an agency's report) speaks again. */
  sameSource?: RegExp;
  /** Words that look like names in titledName but are organisations or common nouns. */
  notNames?: RegExp;
  /** A sentence that announces the quotation after it without a colon ("다음과 같은 글을 올렸다", "wrote the following"). */
  announcesQuote?: RegExp;
  /** A label that opens a quotation block ("Quote:", "Quote from Kirby:"); the speaker follows "from" or sits in the source line. */
  quoteLabel?: RegExp;
  /** A paragraph that credits what follows ("Source: …, at a briefing"): its first person (else organisation) speaks in a quote block. */
  sourceLine?: RegExp;
  /** The words between a quote and its verb (or after an inverted verb) when they name nobody: "an interpreter". */
  unnamedAgent?: RegExp;
  /** "Für Experte X ist klar: „…“": prepositions whose object holds the view a colon introduces. */
  perspective?: ReadonlySet<string>;
  /** After an organisation's possessive, the thing it speaks through ("the Kremlin's website", "KCNA's statement"). */
  voiceOf?: RegExp;
  /** A participle cue after a comma (", saying he would …"): its subject is the main clause's, not a name between them. */
  participle?: RegExp;
  /** A pronoun inside a cue names its speaker ("a-t-il déclaré", "по его словам"). */
  pronounInCue?: RegExp;
  /** Verb-final languages: the topic particle after a name (and its title), "김 위원장은", "金総書記は". */
  topicParticle?: RegExp;
  /** Verb-final languages: any subject particle, topic or nominative ("김 위원장이", "金氏が"). */
  subjectParticle?: RegExp;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
/** Split on the "|" that are not inside a group, so each alternative keeps its own groups. */
function topLevelAlternatives(sources: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sources.length; i++) {
    const c = sources[i];
    if (c === '\\') i++;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === '|' && depth === 0) {
      out.push(sources.slice(start, i));
      start = i + 1;
    }
  }
  out.push(sources.slice(start));
  return out.filter((s) => s !== '');
}

const defs = (role: CueRole, side: Side, sources: string): CueDef[] =>
  topLevelAlternatives(sources).map((source) => ({ source, role, side }));

const EN: LangCues = {
  announcesQuote: /\b(?:the following|as follows)\b[^.!?]*[.!?]?\s*$/u,
  quoteLabel: /(?:^|\n)\s*(?:Quote|Quotes|Quoted)(?:\s+(?:from|of)\s+[^\n:]{1,60})?\s*:\s*$/u,
  sourceLine: /^\s*(?:Source|Sources)\s*:/u,
  cues: [
    ...defs('quotedAs', 'after', 'quoted|cited'),
    ...defs('speech', 'before', 'was quoted as saying|were quoted as saying|is quoted as saying|was cited as saying|was quoted|'
      + 'told|tells|greeted|greets|termed|terms|called|calls|described|describes|urged|urges|pledged|pledges|vowed|vows|promised|promises|'
      + 'reiterated|reiterates|hailed|hails|praised|praises|condemned|condemns|denounced|denounces|slammed|slams|criticised|'
      + 'criticized|criticises|criticizes|blasted|accused|accuses|dubbed|dubs|labelled|labeled|branded|brands|characterised|'
      + 'characterized|suggested|suggests|cautioned|cautions|complained|lamented|boasted|threatened|threatens|assured|assures|'
      + 'affirmed|asserted|asserts|maintained|maintains|mentioned|answered|highlighted|underlined|underscored|underscores|'
      + 'expressed|voiced|spoke of|speaks of|referred to|refers to|wished|welcomed|thanked|agreed|predicted|predicts|'
      + 'acknowledged|acknowledges|admitted|admits|confirmed|confirms|emphasised|emphasized|emphasises|emphasizes|proclaimed|'
      + 'listed|lists|talked up|talks up|pointed out|points out|went on(?! to)|goes on(?! to)|summed up|hit back|shot back|fired back|invited|invites|'
      + 'adding|(?<!as )saying|noting|warning|calling|describing|insisting|stressing|arguing|telling|urging|explaining|writing|'
      + 'vowing|pledging|promising|declaring|stating|terming|branding|labelling|dubbing|accusing|praising|hailing'),
    ...defs('speech', 'either', 'said|says|say|added|adds|wrote|writes|noted|notes|warned|warns|stated|states|stressed|'
      + 'stresses|insisted|insists|explained|explains|replied(?! to)|replies(?! to)|responded(?! to)|responds(?! to)|declared|declares|announced|'
      + 'announces|continued|continues|recalled|recalls|concluded|argued|argues|asked|asks|observed|remarked|commented|'
      + 'comments|quipped|joked|tweeted|posted|claimed|claims|revealed|reveals|said in a statement|wrote on|posted on'),
    // the passive names its speaker after "by": "what were called by Putin "very substantive" talks"
    ...defs('speech', 'after', 'called by|described by|termed by|dubbed by|labelled by|labeled by|praised by|hailed by'),
    ...defs('report', 'either', 'reported|reports|reporting|quoting'),
    ...defs('according', 'after', 'according to|in the words of|as per'),
    ...defs('citing', 'after', 'citing'),
    ...defs('carrier', 'after', 'quoted by|cited by|carried by|reported by|published by|broadcast by|released by|relayed by'),
  ],
  pronouns: ['he', 'she', 'He', 'She'],
  participle: /^\p{Ll}+ing$/u,
  voiceOf: /^['’]s?\s+(?:(?:official|own|latest|brief|short)\s+)?(?:statement|website|readout|communiqu[eé]|press (?:office|service|release)|press-service|telegram channel|channel|account|dispatch|report)(?![\p{L}])/u,
  // "The Rodong Sinmun … Its commentary said": the organisation named last speaks
  // "The Rodong Sinmun … Its commentary said", "the company said": the organisation named last speaks
  sameOrg: /(?<![\p{L}])(?:[Ii]ts()\s+(?:commentary|editorial|statement|spokes(?:man|woman|person)|website|report|article|press office|press service)|[Tt]he (?:company|firm|operator|railway|carrier|newspaper|broadcaster)())(?![\p{L}])/gu,
  perspective: set('for'),
  sameSource: /(?<![\p{L}])[Tt]he (?:report|agency|news agency|dispatch|wire)(?![\p{L}])/gu,
  // '"…," an interpreter said', '"…," said one official': a speaker the text leaves unnamed
  unnamedAgent: /^[\s,]*(?:(?:an?|one|another|the|some|several|two|three)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:interpreter|translator|spokes(?:man|woman|person)|official|officials|analyst|analysts|diplomat|diplomats|source|sources|aide|aides|expert|experts|resident|residents|witness|witnesses|observer|observers|onlooker|passer-by|someone|one)[\s,]*$/u,
  capitalised: ['said', 'says', 'added', 'according to', 'as per', 'citing', 'quoting', 'in the words of', 'wrote', 'writing'],
  prepositions: set('to with by from of for at on in about against toward towards between among than into over under via through during across near like at onto upon'),
  conjunctions: set('and but or while as because which that who whom whose what how then although though when where if so'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: true,
};

/** Each stem of a '|'-list with one of `endings` after it (optionally none): a past tense in he, she or they. */
const withEndings = (stems: string, endings: string, optional = false): string =>
  stems.split('|').map((s) => `${s}(?:${endings})${optional ? '?' : ''}`).join('|');

const RU_PAST = (stems: string): string => withEndings(stems, 'а|и|о', true);

const RU: LangCues = {
  announcesQuote: /(?:следующее|следующими словами|следующ\p{L}* (?:пост|сообщение|слова))[^.!?]*[.!?]?\s*$/iu,
  quoteLabel: /(?:^|\n)\s*(?:Цитата|Цитаты)(?:\s+[^\n:]{1,60})?\s*:\s*$/u,
  sourceLine: /^\s*(?:Источник|Источники)\s*:/u,
  perspective: set('для'),
  sameSource: /(?<![\p{L}])(?:агентство|агентства|издание|издания)(?= (?:сообщ|переда|уточн|добав|отмеч|пиш))/gu,
  cues: [
    ...defs('speech', 'either', RU_PAST('заявил|сказал|отметил|подчеркнул|сообщил|добавил|пояснил|указал|написал|признал|уточнил|'
      + 'заверил|предупредил|назвал|констатировал|объявил|заметил|ответил|резюмировал|призвал|выразил|охарактеризовал|'
      + 'говорил|рассказал|процитировал|высказал|поприветствовал|приветствовал')
      + '|заявляет|говорит|отмечает|подчеркивает|подчёркивает|считает|пишет в|цитирует'),
    // impersonal plural + "в": "сообщили в пресс-службе ДВЖД" — the office named after "в" speaks
    ...defs('speech', 'either', '(?:сообщили|заявили|рассказали|пояснили|отметили|уточнили|подчеркнули|добавили) (?:в|во)'),
    // a possessive pronoun names the speaker: "по его словам", "приводит её слова ЦТАК" (the agency after it relays)
    ...defs('speech', 'before', '[Пп]о (?:его|её|ее) словам'),
    ...defs('speech', 'after', '(?:приводит|приводят|привело|привёл|привел) (?:его|её|ее) слова'),
    ...defs('report', 'either', 'передаёт|передает|сообщает|сообщают|сообщило|сообщили|передало|пишет|информирует|со ссылкой на'),
    ...defs('according', 'after', 'по словам|по данным|по сообщению|как сообщает|как передаёт|как передает'),
  ],
  pronouns: ['он', 'она', 'Он', 'Она'],
  pronounInCue: /(?<![\p{L}])(?:его|её|ее)(?![\p{L}])/u,
  prepositions: set('с со в во на к ко о об по от до для у из при за над под между перед через'),
  conjunctions: set('и а но что который которая которое которые когда если'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: true,
};

const DE: LangCues = {
  announcesQuote: /(?:Folgendes|wie folgt|folgende(?:n)? Worte(?:n)?)[^.!?]*[.!?]?\s*$/u,
  quoteLabel: /(?:^|\n)\s*(?:Zitat|Zitate)(?:\s+(?:von)\s+[^\n:]{1,60})?\s*:\s*$/u,
  sourceLine: /^\s*(?:Quelle|Quellen)\s*:/u,
  perspective: set('für'),
  sameSource: /(?<![\p{L}])(?:[Dd]ie Agentur|[Dd]er Agentur|[Dd]em Bericht|[Dd]er Bericht)(?![\p{L}])/gu,
  cues: [
    ...defs('speech', 'either', 'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|schreibt|warnte|warnt|'
      + 'kritisierte|bekräftigte|unterstrich|versicherte|fügte|ergänzte|teilte|verkündete|äußerte|sprach|forderte|bezeichnete|'
      + 'nannte|antwortete|hob|stellte|kündigte|hieß es|zitierte|zitiert|bestätigte|lobte|drohte|mahnte|resümierte|'
      + 'kommentierte|bilanzierte|räumte|machte deutlich|fasste|urteilte|analysierte|sagt er|sagt sie|'
      + 'begrüßte|behauptete|behauptet|jubelte|jubelt|prahlte|prahlt|spottete|klagte|beklagte|appellierte|rief'),
    // perfect tense: "Blinken hatte in Washington gesagt, man rechne …": the participle, then the clause's subject
    ...defs('speech', 'before', 'gesagt|gewarnt|geschrieben|versichert|bekräftigt|angekündigt|mitgeteilt'),
    ...defs('speech', 'after', '(?<=,\\s?)so(?=\\s+\\p{Lu})'),
    ...defs('report', 'either', 'berichtete|berichtet|meldete|meldet|berichteten'),
    ...defs('according', 'after', 'laut|zufolge|nach Angaben'),
  ],
  pronouns: ['er', 'sie', 'Er', 'Sie'],
  // "laut" governs its object like a preposition: "Laut KCNA sagte Kim" — Kim, after the verb, is the subject
  prepositions: set('mit von zu bei nach aus für gegen über unter zwischen an auf in im am vom zum zur beim vor laut'),
  conjunctions: set('und aber oder während weil dass der die das den dem welche welcher wenn als'),
  subjunctive: /(?<![\p{L}])(?:sei|seien|habe|hätten|werde|würden|könne|könnten|müsse|müssten|solle|wolle|dürfe)(?![\p{L}])/u,
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: false,
};

const FR_PART = 'déclaré|dit|affirmé|ajouté|souligné|indiqué|expliqué|estimé|assuré|précisé|averti|annoncé|écrit|insisté|'
  + 'martelé|lancé|répondu|rappelé|jugé|dénoncé|qualifié|promis|prévenu|confié|relevé|noté|observé|conclu|poursuivi|'
  + 'déploré|salué|fustigé|plaidé|réagi|commenté|insisté|estimé|glissé|résumé|tweeté|reconnu|regretté|tranché|réclamé|'
  + 'ironisé|fait valoir|fait savoir|lâché|témoigné|analysé|résumé|souri|raconté|assuré|argué|prévenu|'
  + 'appelé|exhorté|demandé|invité|promis|menacé|accusé|condamné|critiqué';

const FR: LangCues = {
  announcesQuote: /(?:ce qui suit|en ces termes|(?:le message|les propos|les mots) suivants?)[^.!?]*[.!?]?\s*$/u,
  perspective: set('pour'),
  cues: [
    ...defs('speech', 'either', `(?:a|ont|avait|aurait)(?:-t-(?:il|elle)|-(?:ils|elles))?\\s+(?:${FR_PART})`),
    ...defs('speech', 'either', 'déclare|affirme|souligne|estime|explique|ajoute|assure|indique|précise|insiste|martèle|'
      + 'écrit|dit|lance|avertit|prévient|rappelle|juge|dénonce|qualifie|analyse|observe|note|résume|commente|relève|confie|'
      + 'tranche|conclut|nuance|décrypte|estime|ironise|poursuit|détaille|raconte'),
    // ", affirmant que …": the participle's subject is the main clause's; the passive names its speaker after "par"
    ...defs('speech', 'before', 'affirmant|déclarant|estimant|soulignant|ajoutant|assurant|précisant|expliquant|indiquant'),
    ...defs('speech', 'after', 'qualifié par|qualifiée par|qualifiés par|qualifiées par|décrit par|décrite par|décrits par|décrites par'),
    ...defs('report', 'either', 'rapporte|a rapporté|rapportent|relaie|a relayé|ont rapporté'),
    ...defs('according', 'after', 'selon|d\'après|d’après'),
    ...defs('citing', 'after', 'citant'),
    ...defs('carrier', 'after', 'cité par|citée par|rapporté par|relayé par|cités par'),
  ],
  pronouns: ['il', 'elle', 'Il', 'Elle', '-t-il', '-t-elle'],
  pronounInCue: /-t-(?:il|elle)/u,
  participle: /^\p{Ll}+ant$/u,
  prepositions: set('à au aux avec de du des par pour en dans sur contre entre chez vers sous'),
  conjunctions: set('et mais ou qui que dont lorsque quand si'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: true,
};

const ES: LangCues = {
  announcesQuote: /(?:lo siguiente|en estos términos|el siguiente mensaje)[^.!?]*[.!?]?\s*$/u,
  perspective: set('para'),
  cues: [
    ...defs('speech', 'either', 'dijo|afirmó|declaró|señaló|aseguró|añadió|agregó|indicó|explicó|advirtió|subrayó|destacó|'
      + 'manifestó|expresó|sostuvo|escribió|apuntó|insistió|recalcó|comentó|precisó|anunció|calificó|denunció|reiteró|'
      + 'respondió|remarcó|enfatizó|admitió|reconoció|dice|afirma|asegura|señala|explica|advierte|sostiene|'
      + 'resumió|lamentó|celebró|criticó|pidió|defendió|sentenció|zanjó|confesó|agradeció|valoró|opinó|se quejó|se lamentó|'
      + 'analiza|explicó|detalló|relató|contó|confirmó|precisó|insistió|recordó|'
      + '(?:ha|han) (?:dicho|afirmado|declarado|asegurado|señalado|indicado|explicado|advertido|subrayado|destacado)'),
    // ", asegurando que …": the gerund's subject is the main clause's; the passive names its speaker after "por"
    ...defs('speech', 'before', 'afirmando|asegurando|señalando|añadiendo|declarando|indicando|subrayando|diciendo|explicando'),
    ...defs('speech', 'after', 'calificado por|calificada por|calificados por|calificadas por|descrito por|descrita por|descritos por|descritas por'),
    ...defs('report', 'either', 'informó|informa|reportó|publicó|ha informado|había informado|habían informado|informaron|reporta'),
    ...defs('according', 'after', 'según|de acuerdo con'),
    ...defs('citing', 'after', 'citando'),
    ...defs('carrier', 'after', 'citado por|citada por|recogido por|recogidas por|difundido por'),
  ],
  pronouns: ['él', 'ella', 'Él', 'Ella'],
  participle: /^\p{Ll}+(?:ando|iendo)$/u,
  prepositions: set('a al con de del por para en sobre contra entre hacia ante tras'),
  conjunctions: set('y e pero o u que quien cual cuando si'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const PT_PAST = 'disse|afirmou|declarou|referiu|sublinhou|acrescentou|explicou|salientou|frisou|garantiu|assegurou|adiantou|'
  + 'indicou|escreveu|advertiu|alertou|avisou|destacou|considerou|defendeu|reiterou|anunciou|respondeu|comentou|lembrou|'
  + 'observou|admitiu|reconheceu|confirmou|insistiu|afiançou|vincou|realçou|classificou|criticou|denunciou|prometeu|apelou|'
  + 'questionou|perguntou|concluiu|resumiu|contou|argumentou|sustentou|notou|precisou|elogiou|agradeceu';

const PT: LangCues = {
  announcesQuote: /(?:o seguinte|nestes termos|a seguinte mensagem)[^.!?]*[.!?]?\s*$/u,
  perspective: set('para'),
  cues: [
    ...defs('speech', 'either', `${PT_PAST}|diz|afirma|declara|sublinha|explica|garante|assegura|considera|defende|sustenta|`
      + '(?:tem|têm|tinha|havia) (?:dito|afirmado|declarado|sublinhado|garantido|assegurado|referido|indicado)'),
    // ", afirmando que …": the gerund's subject is the main clause's; the passive names its speaker after "por"
    ...defs('speech', 'before', 'afirmando|dizendo|declarando|sublinhando|acrescentando|garantindo|assegurando|explicando|referindo'),
    ...defs('speech', 'after', 'classificado por|classificada por|descrito por|descrita por|qualificado por|qualificada por'),
    ...defs('report', 'either', 'noticiou|informou|relatou|divulgou|publicou|noticia|informa|avança|avançou'),
    ...defs('according', 'after', 'segundo|de acordo com|conforme'),
    ...defs('citing', 'after', 'citando'),
    ...defs('carrier', 'after', 'citado por|citada por|citados por|divulgado por|noticiado por'),
  ],
  pronouns: ['ele', 'ela', 'Ele', 'Ela'],
  participle: /^\p{Ll}+(?:ando|endo|indo)$/u,
  prepositions: set('a ao aos à às com de do da dos das por pelo pela pelos pelas para em no na nos nas sobre contra entre perante após'),
  conjunctions: set('e mas ou que quem qual quando se'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const IT_PART = 'detto|affermato|dichiarato|sottolineato|aggiunto|spiegato|ribadito|scritto|avvertito|annunciato|risposto|'
  + 'commentato|osservato|precisato|assicurato|riferito|confermato|ammesso|riconosciuto|evidenziato|denunciato|definito|'
  + 'rimarcato|insistito|garantito|promesso|concluso|raccontato|avvisato|minacciato|criticato|elogiato|ringraziato|chiesto|'
  + 'esortato|ricordato|rilevato|notato|replicato|tuonato|attaccato|messo in guardia';

const IT: LangCues = {
  announcesQuote: /(?:quanto segue|in questi termini|il seguente messaggio)[^.!?]*[.!?]?\s*$/u,
  perspective: set('per'),
  cues: [
    ...defs('speech', 'either', `(?:ha|hanno|aveva|avevano|avrebbe)\\s+(?:${IT_PART})`),
    ...defs('speech', 'either', 'disse|affermò|dichiarò|sottolineò|aggiunse|spiegò|ribadì|scrisse|rispose|'
      + 'dice|afferma|dichiara|sottolinea|aggiunge|spiega|ribadisce|scrive|avverte|assicura|precisa|osserva|commenta|'
      + 'sostiene|ricorda|rileva|conclude|insiste|denuncia|definisce'),
    // ", affermando che …": the gerund's subject is the main clause's; the passive names its speaker after "da"
    ...defs('speech', 'before', 'affermando|dicendo|dichiarando|sottolineando|aggiungendo|spiegando|ribadendo|assicurando'),
    ...defs('speech', 'after', 'definito da|definita da|definiti da|definite da|descritto da|descritta da'),
    ...defs('report', 'either', 'riferisce|riporta|ha riferito|ha riportato|hanno riferito|hanno riportato|informa|ha informato'),
    ...defs('according', 'after', 'secondo|stando a|a detta di|a dire di'),
    ...defs('citing', 'after', 'citando'),
    ...defs('carrier', 'after', 'citato da|citata da|citati da|riportato da|riportata da|ripreso da|ripresa da'),
  ],
  pronouns: ['lui', 'lei', 'Lui', 'Lei'],
  participle: /^\p{Ll}+(?:ando|endo)$/u,
  prepositions: set('a al allo alla ai agli alle con di del dello della dei degli delle da dal dallo dalla dai dagli dalle per in nel nello nella nei negli nelle su sul sulla sui tra fra contro verso presso'),
  conjunctions: set('e ed ma o che chi cui quale quando se'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

/** Polish past tense: the stem, then the ending for he, she or they ("powiedział", "powiedziała", "powiedzieli"). */
const PL_PAST = (stems: string): string => withEndings(stems, 'ł|ła|li|ły');

const PL: LangCues = {
  announcesQuote: /(?:następujące słowa|następująco|w następujący sposób)[^.!?]*[.!?]?\s*$/u,
  perspective: set('dla'),
  cues: [
    ...defs('speech', 'either', PL_PAST('powiedzia|stwierdzi|oświadczy|podkreśli|doda|zaznaczy|napisa|oceni|przekaza|zapewni|'
      + 'wyjaśni|przyzna|zauważy|ostrzeg|zapowiedzia|odpowiedzia|mówi|uzna|przypomnia|oznajmi|poinformowa|zadeklarowa|skomentowa|'
      + 'wskaza|ogłosi|zaapelowa|zaznacza|podsumowa|zdradzi|relacjonowa|twierdzi')
      + '|mówi|twierdzi|podkreśla|dodaje|zaznacza|uważa|ocenia|pisze|przekonuje|zapewnia|wyjaśnia|ostrzega'),
    ...defs('report', 'either', 'podaje|podała|podał|podały|informuje|donosi|doniosła|doniósł|poinformowała agencja'),
    ...defs('according', 'after', 'według|zdaniem|jak podaje|jak podała|jak poinformowała|jak przekazał|jak przekazała'),
    ...defs('carrier', 'after', 'cytowany przez|cytowana przez|cytowani przez|cytowane przez'),
  ],
  pronouns: ['on', 'ona', 'On', 'Ona'],
  prepositions: set('z ze w we na do od o ob po przy przez dla u za przed nad pod między wobec ku'),
  conjunctions: set('i a ale lub oraz że który która które którzy kiedy gdy jeśli'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const ID: LangCues = {
  announcesQuote: /(?:sebagai berikut|berikut ini)[^.!?]*[.!?]?\s*$/u,
  cues: [
    ...defs('speech', 'either', 'mengatakan|kata|ujar|ungkap|tutur|jelas|tegas|menyatakan|menegaskan|menambahkan|menjelaskan|'
      + 'mengungkapkan|menuturkan|menyebut|menyebutkan|mengingatkan|memperingatkan|mengumumkan|menulis|menekankan|'
      + 'mengklaim|menilai|berkata|menjawab|imbuh|lanjut|katanya|ujarnya|tuturnya|jelasnya|tegasnya|ungkapnya'),
    ...defs('report', 'either', 'melaporkan|memberitakan|dilaporkan'),
    ...defs('according', 'after', 'menurut|mengutip'),
    ...defs('carrier', 'after', 'dikutip oleh|dikutip|seperti dikutip|dilansir|seperti dilansir'),
  ],
  pronouns: ['ia', 'dia', 'beliau', 'Ia', 'Dia', 'Beliau'],
  prepositions: set('di ke dari dengan untuk kepada pada oleh dalam tentang terhadap antara bagi'),
  conjunctions: set('dan tetapi atau yang bahwa ketika jika namun serta'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: true,
};

/** The subject of a Turkish verb-final sentence, set off by a comma after its name (and its suffix: "Putin'in"). */
const TR_SUBJECT = /^(?:['’]\p{L}{1,4})?\s*,/u;

/** Turkish: the verb closes the sentence after the quote ("Putin, "…" dedi"); its subject, marked off by a comma, opens it. */
const TR: LangCues = {
  cues: [
    ...defs('speech', 'before', '(?:diye\\s+)?(?:dedi|demişti|diyor|söyledi|konuştu|açıkladı|belirtti|vurguladı|kaydetti|ifade etti|'
      + 'dile getirdi|uyardı|yazdı|bildirdi|ekledi|yanıt verdi|yanıtını verdi|cevap verdi|değerlendirdi|savundu|iddia etti|'
      + 'seslendi|duyurdu|aktardı|paylaştı|açıklamasında bulundu)(?![\\p{L}])|ifadelerini kullandı|sözlerini kullandı'),
    // "Putin'e göre": the source, with its case suffix, before the postposition
    ...defs('according', 'before', 'göre'),
  ],
  pronouns: [],
  topicParticle: TR_SUBJECT,
  subjectParticle: TR_SUBJECT,
  prepositions: set(''),
  conjunctions: set('ve ama ancak fakat veya ki'),
  wordBoundaries: true,
  verbFinal: true,
  proDrop: false,
  capitalisedNames: true,
};

/** Ukrainian past tense: the stem, then the ending for he, she or they ("заявив", "заявила", "заявили"). */
const UK_PAST = (stems: string): string => withEndings(stems, 'в|ла|ли');

const UK: LangCues = {
  cues: [
    ...defs('speech', 'either', UK_PAST('заяви|сказа|зазначи|наголоси|дода|повідоми|підкресли|написа|поясни|відпові|визна|'
      + 'запевни|попереди|уточни|назва|заклика|вислови|оголоси|розпові|процитува')
      + '|заявляє|каже|зазначає|наголошує|пише в|вважає'),
    ...defs('speech', 'before', '[Зз]а (?:його|її) словами'),
    ...defs('report', 'either', 'передає|повідомляє|повідомило|повідомили|пише|інформує|з посиланням на'),
    ...defs('according', 'after', 'за словами|за даними|як повідомляє|як передає'),
  ],
  pronouns: ['він', 'вона', 'Він', 'Вона'],
  // '«…», — сказала речниця': the verb's subject is someone the text does not name
  unnamedAgent: /^[\s,]*(?:\p{Ll}+\s+){0,2}(?:речни(?:к|ця)|речники|представни(?:к|ця|ки)|посадов(?:ець|ці)|джерел(?:о|а)|експерт(?:и|ка)?|аналітик(?:и)?|дипломат(?:и)?|чиновни(?:к|ки))[\s,]*$/u,
  pronounInCue: /(?<![\p{L}])(?:його|її)(?![\p{L}])/u,
  prepositions: set('з із зі в у на до від про по для біля між перед через за над під при'),
  conjunctions: set('і й та а але що який яка яке які коли якщо'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: true,
};

const EL: LangCues = {
  cues: [
    ...defs('speech', 'either', 'δήλωσε|είπε|τόνισε|ανέφερε|πρόσθεσε|σημείωσε|υπογράμμισε|εξήγησε|έγραψε|προειδοποίησε|απάντησε|'
      + 'υποστήριξε|ανακοίνωσε|επεσήμανε|διαβεβαίωσε|παραδέχθηκε|χαρακτήρισε|δηλώνει|λέει|τονίζει|υπογραμμίζει|σημειώνει|γράφει'),
    ...defs('report', 'either', 'μετέδωσε|μεταδίδει|ανέφερε το|αναφέρει το|όπως μετέδωσε'),
    ...defs('according', 'after', 'σύμφωνα με το|σύμφωνα με τον|σύμφωνα με την|σύμφωνα με|κατά τον|κατά την'),
  ],
  pronouns: ['αυτός', 'αυτή', 'Αυτός', 'Αυτή'],
  prepositions: set('σε στο στον στη στην στα στους με από για προς κατά μετά χωρίς του της των'),
  conjunctions: set('και αλλά ή ότι που όταν αν'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const RO_PART = 'declarat|spus|afirmat|subliniat|adăugat|precizat|explicat|scris|avertizat|anunțat|anunţat|răspuns|transmis|'
  + 'menționat|menţionat|arătat|susținut|susţinut|apreciat|insistat|reiterat|recunoscut|confirmat|promis|cerut|îndemnat|acuzat';

const RO: LangCues = {
  cues: [
    ...defs('speech', 'either', `(?:a|au|ar fi)\\s+(?:${RO_PART})|declară|spune|afirmă|subliniază|adaugă|precizează|explică|scrie|avertizează|susține|susţine`),
    ...defs('report', 'either', 'relatează|a relatat|au relatat|informează|a informat|transmite'),
    ...defs('according', 'after', 'potrivit lui|potrivit|conform|citând|după cum a declarat'),
    ...defs('carrier', 'after', 'citat de|citată de|citați de|citaţi de|preluat de|preluată de'),
  ],
  pronouns: ['el', 'ea', 'El', 'Ea'],
  prepositions: set('la cu de din pe pentru în prin despre între către spre fără sub lui'),
  conjunctions: set('și şi dar sau că care când dacă iar'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const NL: LangCues = {
  perspective: set('voor'),
  cues: [
    ...defs('speech', 'either', 'zei|zegt|zeiden|verklaarde|verklaart|stelde|stelt|benadrukte|benadrukt|schreef|schrijft|waarschuwde|'
      + 'waarschuwt|liet weten|laat weten|antwoordde|reageerde|voegde|onderstreepte|beloofde|erkende|bevestigde|noemde|'
      + 'vertelde|vertelt|meent|meende|aldus'),
    ...defs('report', 'either', 'meldde|meldt|berichtte|bericht|meldden'),
    ...defs('according', 'after', 'volgens|naar verluidt|naar zeggen van'),
    ...defs('carrier', 'after', 'geciteerd door|aangehaald door'),
  ],
  pronouns: ['hij', 'zij', 'ze', 'Hij', 'Zij', 'Ze'],
  prepositions: set('aan bij met van voor naar op in uit over tegen tussen door om tot onder zonder'),
  conjunctions: set('en maar of dat die wie wat toen als omdat terwijl'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: true,
};

/** Croatian past tense: the participle for he, she or they ("rekao", "rekla", "rekli"), with or without "je"/"su". */
const HR_VERBS = withEndings('izjavi|reka|kaza|istaknu|doda|naglasi|poruči|napisa|upozori|objasni|odgovori|ocijeni|prizna|potvrdi|najavi|zaključi', 'o|la|li');

const HR: LangCues = {
  cues: [
    ...defs('speech', 'either', `(?:(?:je|su)\\s+)?(?:${HR_VERBS})(?:\\s+(?:je|su))?|kaže|tvrdi|ističe|naglašava|poručuje|piše`),
    ...defs('report', 'either', 'javlja|javlja je|prenosi|izvijestio je|izvijestila je|izvijestili su'),
    ...defs('according', 'after', 'prema riječima|prema navodima|prema|kako je rekao|kako je izjavio|kako navodi'),
  ],
  pronouns: ['on', 'ona', 'On', 'Ona'],
  prepositions: set('u na s sa za od do iz o po pri prema kod između pred nad pod kroz'),
  conjunctions: set('i a ali ili da koji koja koje kada ako'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const HU: LangCues = {
  cues: [
    ...defs('speech', 'either', 'mondta|közölte|jelentette ki|hangsúlyozta|tette hozzá|írta|fogalmazott|nyilatkozta|figyelmeztetett|'
      + 'emelte ki|szögezte le|válaszolta|jegyezte meg|húzta alá|magyarázta|erősítette meg|mondja|közli|hangsúlyozza|írja'),
    ...defs('report', 'either', 'jelentette|számolt be|tudósított|közölte az'),
    // "Peszkov szerint": the source stands before its postposition
    ...defs('according', 'before', 'szerint'),
  ],
  pronouns: ['ő', 'Ő'],
  prepositions: set(''),
  conjunctions: set('és de vagy hogy aki amely ami amikor ha'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const VI: LangCues = {
  cues: [
    ...defs('speech', 'either', 'nói|cho biết|tuyên bố|khẳng định|nhấn mạnh|phát biểu|bày tỏ|viết|cảnh báo|nêu rõ|trả lời|nhận định|'
      + 'chia sẻ|kêu gọi|thông báo|lưu ý|cam kết|nhận xét|giải thích|đánh giá'),
    ...defs('report', 'either', 'đưa tin|cho hay'),
    ...defs('according', 'after', 'theo|dẫn lời'),
  ],
  // "ông", "bà" stand before a name as a title ("ông Putin"), and alone for "he" / "she"
  pronouns: ['ông(?!\\s+\\p{Lu})', 'bà(?!\\s+\\p{Lu})', 'Ông(?!\\s+\\p{Lu})', 'Bà(?!\\s+\\p{Lu})'],
  prepositions: set('với của cho tại ở trong từ đến về bởi'),
  conjunctions: set('và nhưng hoặc rằng khi nếu'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: true,
};

/** Arabic writes "and" (و) or "so" (ف) onto the verb that opens a sentence: "وقال", "وأضاف". */
const AR_VERBS = 'قال|قالت|أكد|أكدت|أضاف|أضافت|صرح|صرّح|صرحت|أوضح|أوضحت|أشار|أشارت|ذكر|ذكرت|شدد|شددت|أعلن|أعلنت|كتب|كتبت|حذر|حذّر|حذرت|'
  + 'تابع|تابعت|اعتبر|اعتبرت|رأى|رأت|لفت|لفتت|يقول|تقول|يؤكد|تؤكد';

const AR: LangCues = {
  cues: [
    ...defs('speech', 'either', `(?:و|ف)?(?:${AR_VERBS})`),
    ...defs('report', 'either', '(?:و|ف)?(?:نقلت|نقل|أفادت|أفاد|أوردت|أورد)'),
    ...defs('according', 'after', '(?:و|ف)?(?:بحسب|حسب|وفقا لـ|وفقاً لـ|وفقا ل|وفقاً ل|نقلا عن|نقلاً عن)'),
  ],
  pronouns: ['هو', 'هي'],
  prepositions: set('في من إلى على عن مع بين أمام خلال'),
  conjunctions: set('و لكن أو أن إن الذي التي عندما إذا'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: false,
};

const HI: LangCues = {
  cues: [
    // "पुतिन ने कहा": the agent, the ergative ने, the verb (जोड़ा with the nukta apart and precomposed)
    ...defs('speech', 'before', 'ने\\s+(?:कहा|बताया|लिखा|जोड़ा|जोड़ा|कहा है|बताया है|चेतावनी दी|स्पष्ट किया|ज़ोर दिया|जोर दिया|दावा किया|आरोप लगाया|घोषणा की)'),
    ...defs('speech', 'before', 'कहते हैं|कहती हैं|का कहना है|के मुताबिक'),
    ...defs('according', 'before', 'के अनुसार|के हवाले से'),
  ],
  pronouns: ['उन्होंने', 'वह', 'वे'],
  prepositions: set(''),
  conjunctions: set('और लेकिन या कि जो जब अगर'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: false,
};

const BG: LangCues = {
  cues: [
    ...defs('speech', 'either', 'заяви|заявил|заявила|каза|казал|казала|посочи|подчерта|добави|отбеляза|написа|предупреди|'
      + 'обяви|уточни|призна|увери|допълни|коментира|изтъкна|заявява|казва|посочва|подчертава'),
    ...defs('report', 'either', 'съобщи|съобщава|предава|информира|пише'),
    ...defs('according', 'after', 'според|по думите на|по данни на|както съобщи'),
  ],
  pronouns: ['той', 'тя', 'Той', 'Тя'],
  prepositions: set('в във на с със от до за по при към между пред през над под у'),
  conjunctions: set('и а но или че който която което които когато ако'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: true,
  capitalisedNames: true,
};

const BN: LangCues = {
  cues: [
    // "পুতিন বলেন": the agent, then the verb (before or after the quote)
    ...defs('speech', 'before', 'বলেন|বলেছেন|বলেছিলেন|বললেন|জানান|জানিয়েছেন|জানালেন|উল্লেখ করেন|উল্লেখ করেছেন|লিখেছেন|সতর্ক করেন|দাবি করেন|মন্তব্য করেন'),
    ...defs('according', 'before', '(?:-?এর|ের)?\\s?মতে|অনুযায়ী|অনুসারে'),
  ],
  pronouns: ['তিনি'],
  prepositions: set(''),
  conjunctions: set('এবং ও কিন্তু বা যে যখন যদি'),
  wordBoundaries: true,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: false,
};

const KO_VERBS = '말했|밝혔|전했|강조했|주장했|언급했|설명했|덧붙였|지적했|비판했|경고했|촉구했|발표했|답했|평가했|규정했|'
  + '표현했|비난했|역설했|말했|적었|썼|밝히|말하|말해|밝혀|강조해|지적해|주장해|강조하|주장하|언급하|설명하|지적하|비판하|경고하|촉구하|인사했|화답했|내다봤|'
  + '전망했|분석했|답변했|당부했|물었|부연했|꼬집었|호소했|약속했|다짐했|제안했|요구했|반박했|일축했|시사했|예상했|우려했|진단했|토로했';

const KO: LangCues = {
  announcesQuote: /다음과 같[은이][^.]*[.]?\s*$/u,
  cues: [
    ...defs('speech', 'before', `(?:${KO_VERBS})(?:다|습니다|고|으며|며|는데|다고)?`),
    ...defs('speech', 'before', '(?<=(?:이?라고|고)\\s?)했다|(?<=["”’])\\s?(?:이?라며|며)'),
    // "…"을 하고 있다며": ~다며 closes a clause of reported speech whatever stands between it and the quote
    ...defs('speech', 'before', '(?<=[가-힣])다며(?=\\s)'),
    ...defs('report', 'before', '보도했(?:다|습니다)|보도하|전했다|보도'),
    ...defs('according', 'before', '에 따르면|에 의하면|에 따르면,'),
  ],
  pronouns: ['그는', '그녀는', '그가', '그녀가'],
  titledName:
    /(?<![가-힣])([가-힣]{2,3})\s+(?:[가-힣A-Za-z·]+\s+){0,3}?[가-힣]*(?:위원|교수|대표|대변인|장관|의원|위원장|원장|소장|기자|대통령|총리|연구원|실장|국장|차관|청장|박사|변호사|회장|사장)(?:은|는|이|가)(?=\s)/gu,
  // verb endings ("따르면", "밝히며", "보면서") close a clause; they are never the name before a title
  notNames: /(?:부|처|청|원|회|당|국|실|관|군|측|사|을|를|에|의|와|과|로|은|는|이|가|도|면|며|서)$|^(?:정부|북한|한국|미국|러시아|중국|일본|당국|양국|전문가|외교|국방|통일|이번|당시|현재)$/u,
  // spaces separate Korean words: the particle ends one, a title of up to six letters may precede it
  topicParticle: /^(?:\s?\p{L}{0,6}?)(?:은|는|께서는)(?=[\s"“「『,，]|$)/u,
  subjectParticle: /^(?:\s?\p{L}{0,6}?)(?:은|는|이|가|께서)(?=[\s"“「『,，]|$)/u,
  prepositions: set(''),
  conjunctions: set(''),
  wordBoundaries: false,
  verbFinal: true,
  proDrop: false,
  capitalisedNames: false,
};

const JA: LangCues = {
  announcesQuote: /次の(?:ように|とおり)[^。]*。?\s*$/u,
  cues: [
    ...defs('speech', 'before', 'と(?:述べ|語っ|語り|強調し|話し|明らかにし|指摘し|主張し|表明し|説明し|訴え|批判し|警告し|発言し|言っ|'
      + '書い|書き込ん|投稿し|答え|記し|評価し|非難し|呼びかけ|強調|述べ)(?:た|だ|ている|ました|て)?'),
    // "「…」とプーチン氏が述べた": the speaker named after the quote, marked with が, before the verb
    ...defs('speech', 'before', '(?<=が)(?:述べ|語っ|強調し|話し|明らかにし|指摘し|主張し|説明し|訴え|発言し|答え)(?:た|ている|ました)'),
    // "「…」として、…考えを示した": として right after the closing mark introduces what was said
    ...defs('speech', 'before', '(?<=[」』])として'),
    ...defs('report', 'before', 'と(?:伝え|報じ|報道し)(?:た|ている|ました)?|が報じた'),
    ...defs('according', 'before', 'によると|によれば'),
  ],
  pronouns: ['彼は', '彼女は'],
  sameOrg: /同(庁|省|社|党|局|府|大)/gu,
  // no spaces in Japanese: a title in kanji or katakana ("氏", "大統領報道官") may stand between the
  // name and the particle; は/が bind to it whatever follows ("金氏は視察後", "知事は、")
  topicParticle: /^[\p{Script=Han}\p{Script=Katakana}ー・]{0,8}?は(?!じめ)/u,
  subjectParticle: /^[\p{Script=Han}\p{Script=Katakana}ー・]{0,8}?(?:は(?!じめ)|が(?!ら))/u,
  prepositions: set(''),
  conjunctions: set(''),
  wordBoundaries: false,
  verbFinal: true,
  proDrop: false,
  capitalisedNames: false,
};

const ZH: LangCues = {
  announcesQuote: /如下[^。]*[。]?\s*$/u,
  cues: [
    ...defs('speech', 'either', '表示|补充说|補充說|说|說|宣称|聲稱|声称|称|稱|指出|强调|強調|认为|認為|写道|寫道|重申|透露|坦言|回应|回應|警告|谴责|譴責|形容|'
      + '回答|答道|直言|直指|批评|批評|感叹|感嘆'),
    ...defs('report', 'either', '报道|報導|報道|报导|报道称|報導稱'),
    ...defs('according', 'after', '据|據|根据|根據'),
    ...defs('citing', 'after', '援引|引述'),
  ],
  pronouns: ['他(?=(?:同时|同時|还|還|也|又|则|則|再次|进一步|進一步)?(?:说|說|表示|称|稱|指出|强调|強調|认为|認為))', '她(?=(?:同时|同時|还|還|也|又|则|則|再次|进一步|進一步)?(?:说|說|表示|称|稱|指出|强调|強調|认为|認為))'],
  prepositions: set(''),
  conjunctions: set(''),
  wordBoundaries: false,
  verbFinal: false,
  proDrop: false,
  capitalisedNames: false,
  chineseClauses: true,
  notNames: /^(?:对|對|在|于|於|向|也|则|則|还|還|曾|已|将|將|并|並|就)/u,
  titledName:
    /(?:发言人|發言人|教授|研究员|研究員|主任|所长|所長|会长|會長|秘书长|秘書長|部长|部長|局长|局長|院长|院長|学者|學者|专家|專家|大使|总裁|總裁|董事长|董事長|负责人|負責人|分析师|分析師)([\p{Script=Han}·]{2,8}?)(?=\d|在|于|於|表示|说|說|称|稱|指出|强调|強調|认为|認為|透露|告诉|告訴|对|對|警告|批评|批評|回答|直言|重申|坦言|还|還|也|更|则|則|，|：)/gu,
};

// Languages without a lexicon of their own fall back to English cues (cuesFor).
export const CUES: Readonly<Partial<Record<Lang, LangCues>>> = { en: EN, ru: RU, de: DE, fr: FR, es: ES, ko: KO, ja: JA, zh: ZH, pt: PT, it: IT, pl: PL, id: ID, tr: TR, uk: UK, el: EL, ro: RO, nl: NL, hr: HR, hu: HU, vi: VI, ar: AR, hi: HI, bg: BG, bn: BN };

/** "so-called 'X'": scare quotes by definition. */
export const SO_CALLED = /(?:so-called|sogenannte[nmrs]?|so genannte[nmrs]?|dit(?:e|s|es)? |так называем\p{L}*|llamad[oa]s? |supuest[oa]s? |이른바|소위|いわゆる|所谓|所謂)\s*$/iu;

export function cuesFor(lang: string | null): LangCues {
  const key = (lang ?? 'en').slice(0, 2).toLowerCase();
  return (CUES as Record<string, LangCues>)[key] ?? EN;
}
