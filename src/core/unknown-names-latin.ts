/**
 * Names not in the dataset in German, French and Spanish, found by the cue beside them: a title
 * or role before the name ("die Sicherheitsexpertin Anna Lehmann", "EZB-Präsidentin Christine
 * Lagarde", "le chercheur Julien Mercier", "el técnico del Rayo, Francisco Rodríguez", "el francés
 * Antoine Griezmann"), a speech verb beside it ("sagte Jörg Krämer,", "a assuré Marine Le Pen",
 * "explica el politólogo …"), a role after it (", chercheur au …"); organisations by their head
 * word ("Fondation pour la recherche stratégique", "Academia de Ciencias"), by a capitalised
 * adjective mid-sentence in German ("Europäische Zentralbank": German writes adjectives in lower
 * case unless they are part of a name) or as an acronym after an article ("die EZB", "au CNRS").
 * German capitalises every noun, so a capitalised run is never a name there without such a cue.
 */
import type { EntityType } from '../data/schema';

export interface LatinName {
  name: string;
  type: EntityType;
  start: number;
  end: number;
}

const UP = String.raw`\p{Lu}[\p{Ll}]+(?:-\p{L}[\p{Ll}]+)?`;
const PARTICLE = String.raw`(?:von der|von|van der|van|de la|de|del|da|di|dos|du|le|zu|ten|ter)`;
/** A person's name: two or three capitalised words, or given name, particle, surname ("Ursula von der Leyen"). */
const PERSON = String.raw`(${UP}(?:\s${PARTICLE}\s${UP}|(?:\s${UP}){1,2}))`;
/** A name ends at a lower-case word, punctuation or the end of the text. */
const END = String.raw`(?=\s\p{Ll}|\s?[,.;:!?)»“”"(]|$)`;

const DE_TITLE = String.raw`(?:\p{Lu}[\p{L}-]*)?(?:[Pp]räsident|[Mm]inister|[Kk]anzler|[Ss]precher|[Ee]xpert|[Ww]issenschaftler|[Ff]orscher|[Aa]nalyst|[Gg]ouverneur|[Vv]olkswirt|[Öö]konom|[Cc]hef|[Ll]eiter|[Dd]irektor|[Kk]orrespondent|[Bb]otschafter|[Bb]eauftragt|[Aa]bgeordnet|[Pp]rofessor|[Hh]istoriker|[Jj]ournalist|[Rr]eporter|[Tt]rainer|[Ss]ekretär|[Vv]orsitzend|[Bb]ürgermeister|[Gg]eneral|[Aa]dmiral|[Rr]ichter|[Aa]nwalt|[Ss]tratege|[Bb]erater|[Rr]edakteur|[Aa]utor)(?:in|innen|en|e|er)?`;
const DE_VERB = String.raw`(?:sagte|sagt|erklärte|erklärt|betonte|betont|meinte|meint|schrieb|warnte|ergänzte|kommentierte|urteilte|analysierte|bilanzierte|so|laut)`;
const FR_TITLE = String.raw`(?:chercheur|chercheuse|politologue|président|présidente|ministre|leader|porte-parole|directeur|directrice|analyste|expert|experte|spécialiste|ambassadeur|ambassadrice|professeur|professeure|député|députée|sénateur|sénatrice|journaliste|correspondant|correspondante|secrétaire général|patron|patronne|historien|historienne|économiste|général|chef|cheffe|maire|avocat|avocate|M\.|Mme|Mlle|Me|Dr)`;
const FR_VERB = String.raw`(?:a (?:déclaré|affirmé|dit|ajouté|souligné|expliqué|estimé|assuré|précisé|averti|insisté|martelé|lancé|répondu|rappelé|jugé|dénoncé|prévenu|confié|résumé|tranché|reconnu|regretté)|analyse|résume|explique|estime|souligne|affirme|déclare|ajoute|selon|d['’]après|Par)`;
const ES_TITLE = String.raw`(?:técnico|entrenador|entrenadora|politólogo|politóloga|portavoz|presidente|presidenta|ministro|ministra|experto|experta|analista|investigador|investigadora|profesor|profesora|director|directora|secretario|secretaria|embajador|embajadora|canciller|jefe|jefa|periodista|corresponsal|diputado|diputada|senador|senadora|delantero|centrocampista|portero|capitán|alcalde|alcaldesa|general|don|doña|Sr\.|Sra\.|(?:el|la) \p{Ll}+(?:és|esa|ano|ana|ense|eño|eña|ol|ola|eno|ena|ino|ina|ita|co|ca|ndés|ndesa))`;
const ES_VERB = String.raw`(?:dijo|afirmó|declaró|señaló|aseguró|añadió|agregó|explicó|explica|advirtió|subrayó|destacó|sostuvo|apuntó|insistió|lamentó|según|de acuerdo con|Por)`;

/** "la Fondation pour …", "el Consejo de Seguridad Nacional": an organisation's head word. */
const ORG_HEAD = String.raw`(?:Fondation|Institut|Agence|Parti|Académie|Université|Centre|Conseil|Comité|Commission|Station|Banque|Fédération|Academia|Universidad|Instituto|Agencia|Partido|Centro|Consejo|Comisión|Fundación|Banco|Federación|Stiftung|Institut|Universität|Akademie|Zentrum|Gesellschaft|Verband|Agentur|Bank)`;
const ORG_WORD = String.raw`(?:(?:de|del|des|du|pour|para|sur|et|y|und|für|der|en)\s(?:la\s|le\s|les\s|l['’]|el\s|los\s|las\s)?)?(?:[\p{L}-]+|l['’][\p{L}-]+)`;
const ORG = new RegExp(String.raw`(?<![\p{L}\p{N}])(${ORG_HEAD}(?:\s${ORG_WORD}){1,5}?)(?=\s?[,.;:()«»"“”]|$)`, 'gu');
/** Lower-case words that end a clause rather than continue a name ("a", "est", "ha"…). */
const ORG_BREAK = /^(?:a|ont|est|sont|était|sera|ha|han|es|son|fue|será|que|qui|se|sa|ses|son|un|une|uno|una|il|elle|ist|hat|sind|war|wird|sich|die|das|ein|eine|hier|aquí|dans|sous|avec|con|sin|mit|in|im|am)$/u;

const DE_ADJ_ORG = /(?<=\p{Ll}\s)(\p{Lu}\p{Ll}+(?:i?sche|ale)[nrs]?\s\p{Lu}[\p{Ll}]+(?:\s(?:für|der|des)\s\p{Lu}[\p{Ll}]+)?)(?=[\s,.;:)]|$)/gu;
const ACRONYM = /(?<=(?:^|\s)(?:der|die|das|des|dem|den|vom|beim|zur|zum|la|le|les|l['’]|du|au|aux|el|los|las|del|al)\s?)(\p{Lu}{2,6})(?=[\s,.;:)]|$)/gu;
const NOT_ORG_ACRONYM = /^(?:USA|EEUU|EE|UU|UK|RDA|DDR|BRD|URSS|TV|AM|PM|PIB|BIP|IA|KI|AI)$/u;

const PERSON_RES: Readonly<Record<string, RegExp[]>> = {
  de: [
    new RegExp(String.raw`(?<![\p{L}])${DE_TITLE}\s${PERSON}${END}`, 'gu'),
    // "so Rentnerin Erika Maier (71)": an occupation noun may stand between the verb and a three-word run
    new RegExp(String.raw`(?<![\p{L}])${DE_VERB}\s(?:\p{Lu}\p{Ll}+(?:erin|in|er|ent|ant|ist|eur)\s(?=${UP}\s${UP}[\s,.;:!?)]))?${PERSON}(?=\s?[,.;:!?)(]|\s(?:vom|von der|von|bei|der|des|aus)\s)`, 'gu'),
    new RegExp(String.raw`(?<=[.!?]\s|^)${PERSON}(?=,\s(?:Chef|Leiter|Direktor|Sprecher|Experte|Expertin|Professor|Professorin|Analyst|Analystin|\p{Ll}*(?:volkswirt|ökonom|forscher|forscherin)))`, 'gu'),
    new RegExp(String.raw`(?<=”|“|"|«|»)\s?,?\s?(?:sagte|sagt|erklärte|betonte|meinte)\s(?:der|die)\s\p{L}+\s${PERSON}${END}`, 'gu'),
  ],
  fr: [
    new RegExp(String.raw`(?<![\p{L}])${FR_TITLE},?\s${PERSON}${END}`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}])${FR_VERB}\s(?:(?:le|la|l['’])\s?\p{Ll}+\s)?${PERSON}${END}`, 'gu'),
    new RegExp(String.raw`${PERSON},\s(?:chercheur|chercheuse|professeur|professeure|directeur|directrice|spécialiste|analyste|politologue|historien|historienne|économiste|porte-parole)\b`, 'gu'),
    new RegExp(String.raw`(?<=[,.;]\s)${PERSON}(?=\sa\s(?:\p{Ll}+[éiust])\s)`, 'gu'),
  ],
  es: [
    new RegExp(String.raw`(?<![\p{L}])${ES_TITLE}(?:\s(?:del?|de la)\s\p{Lu}[\p{L}]+)?,?\s${PERSON}${END}`, 'gu'),
    new RegExp(String.raw`(?<![\p{L}])${ES_VERB}\s(?:(?:el|la)\s\p{Ll}+\s)?${PERSON}${END}`, 'gu'),
    new RegExp(String.raw`${PERSON},\s(?:experto|experta|investigador|investigadora|profesor|profesora|director|directora|analista|portavoz|politólogo|politóloga)\b`, 'gu'),
  ],
};

function collect(text: string, re: RegExp, type: EntityType, out: LatinName[], accept?: (name: string) => boolean): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1] as string;
    if (accept && !accept(name)) continue;
    const start = m.index + m[0].indexOf(name);
    out.push({ name, type, start, end: start + name.length });
  }
}

/** Organisation names by head word: every word after the head is a name word, not a verb or article. */
function orgAccept(name: string): boolean {
  const words = name.split(/\s+/u).slice(1);
  if (words.some((w) => ORG_BREAK.test(w))) return false;
  const last = words[words.length - 1] ?? '';
  return !/^(?:de|del|des|du|pour|para|sur|et|y|und|für|der|en|la|le|les|el|los|las)$/u.test(last);
}

/** Cued names in a German, French or Spanish text; empty for other languages. */
export function findLatinNames(text: string, lang: string): LatinName[] {
  const persons = PERSON_RES[lang];
  if (!persons) return [];
  const out: LatinName[] = [];
  for (const re of persons) collect(text, re, 'person', out);
  if (lang !== 'de') collect(text, ORG, 'organisation', out, orgAccept);
  if (lang === 'de') collect(text, DE_ADJ_ORG, 'organisation', out);
  collect(text, ACRONYM, 'organisation', out, (n) => !NOT_ORG_ACRONYM.test(n));
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: LatinName[] = [];
  for (const n of out) if (kept.length === 0 || n.start >= (kept[kept.length - 1] as LatinName).end) kept.push(n);
  return kept;
}
