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

const RU_PAST = (stems: string): string => stems.split('|').map((s) => `${s}(?:а|и|о)?`).join('|');

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
export const CUES: Readonly<Partial<Record<Lang, LangCues>>> = { en: EN, ru: RU, de: DE, fr: FR, es: ES, ko: KO, ja: JA, zh: ZH };

/** "so-called 'X'": scare quotes by definition. */
export const SO_CALLED = /(?:so-called|sogenannte[nmrs]?|so genannte[nmrs]?|dit(?:e|s|es)? |так называем\p{L}*|llamad[oa]s? |supuest[oa]s? |이른바|소위|いわゆる|所谓|所謂)\s*$/iu;

export function cuesFor(lang: string | null): LangCues {
  const key = (lang ?? 'en').slice(0, 2).toLowerCase();
  return (CUES as Record<string, LangCues>)[key] ?? EN;
}
