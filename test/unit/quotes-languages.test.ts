import { describe, expect, test } from 'vitest';
import { summary, type Surface } from './quotes-support';

describe('Korean', () => {
  const S: Surface[] = [
    ['푸틴', 'vladimir-putin', 'person'],
    ['김정은', 'kim-jong-un', 'person'],
    ['조선중앙통신', 'kcna', 'organisation'],
    ['연합뉴스', 'yonhap', 'organisation'],
  ];
  test('subject with 은/는 before the quote, ~라고/~고 + verb after it', () => {
    expect(summary('푸틴 대통령은 취재진 질문에 "그래서 우리가 여기에 온 것"이라고 답했다.', S, 'ko')).toEqual([
      '그래서 우리가 여기에 온 것 | vladimir-putin',
    ]);
    expect(summary('김정은 위원장은 "러시아는 성스러운 싸움에 나섰다"며 "우리는 언제나 러시아와 함께 있을 것"이라고 말했다.', S, 'ko')).toEqual([
      '러시아는 성스러운 싸움에 나섰다 | kim-jong-un',
      '우리는 언제나 러시아와 함께 있을 것 | kim-jong-un',
    ]);
  });
  test('a report verb: the 이/가 subject inside is the speaker, the reporting topic is via', () => {
    expect(summary('조선중앙통신은 김정은 위원장이 “전략적 의사소통”을 강화하는 문제를 논의했다고 보도했다.', S, 'ko')).toEqual([
      '전략적 의사소통 | kim-jong-un | via kcna',
    ]);
  });
  test('~에 따르면: the agency is the speaker', () => {
    expect(summary('조선중앙통신에 따르면 양측은 "전략전술적 협동을 강화하는 문제"를 논의했다.', S, 'ko')).toEqual([
      '전략전술적 협동을 강화하는 문제 | kcna',
    ]);
  });
});

describe('names outside the dataset, in scripts without capitals', () => {
  test('Chinese: the title before the name ("发言人林剑表示")', () => {
    expect(summary('中国外交部发言人毛宁13日在例行记者会上说：“这是两国之间的事情。”', [], 'zh')).toEqual(['这是两国之间的事情。 | 毛宁']);
    expect(summary('美国国务院发言人马修·米勒称，这种合作“值得所有国家关注”。', [], 'zh')).toEqual(['值得所有国家关注 | 马修·米勒']);
  });
  test('Korean: the name before its title and particle ("홍민 … 연구위원은")', () => {
    expect(summary('홍민 통일연구원 선임연구위원은 “외교 라인이 합의를 채워 넣는 과정”이라고 분석했다.', [], 'ko')).toEqual([
      '외교 라인이 합의를 채워 넣는 과정 | 홍민',
    ]);
    expect(summary('통일부 대변인은 “국제사회와 긴밀히 공조해 대응해 나갈 것”이라고 밝혔다.', [], 'ko')).toEqual([
      '국제사회와 긴밀히 공조해 대응해 나갈 것 | -',
    ]);
  });
});

describe('Russian', () => {
  const S: Surface[] = [
    ['Путин', 'vladimir-putin', 'person'],
    ['Песков', 'dmitry-peskov', 'person'],
    ['Пескова', 'dmitry-peskov', 'person'],
    ['Ким Чен Ын', 'kim-jong-un', 'person'],
    ['ТАСС', 'tass', 'organisation'],
  ];
  test('— заявил X after the quote, X заявил: before it', () => {
    expect(summary('«Именно для этого мы сюда и приехали», — заявил Путин.', S, 'ru')).toEqual([
      'Именно для этого мы сюда и приехали | vladimir-putin',
    ]);
    expect(summary('Песков заявил: «Никаких документов подписывать не планируется».', S, 'ru')).toEqual([
      'Никаких документов подписывать не планируется | dmitry-peskov',
    ]);
  });
  test('по словам X, and передаёт agency as via', () => {
    expect(summary('По словам Пескова, Москва «не будет обращать внимания» на эти угрозы, передает ТАСС.', S, 'ru')).toEqual([
      'не будет обращать внимания | dmitry-peskov | via tass',
    ]);
  });
  test('an interrupted quote: «…, — сказал он. — …» gives two quotes', () => {
    expect(summary('Ким Чен Ын поддержал Москву. «Россия поднялась на священную борьбу, — сказал он. — Мы всегда будем вместе с Россией».', S, 'ru')).toEqual([
      'Россия поднялась на священную борьбу | kim-jong-un',
      'Мы всегда будем вместе с Россией | kim-jong-un',
    ]);
  });
});

describe('Japanese', () => {
  const S: Surface[] = [
    ['松野官房長官', 'hirokazu-matsuno', 'person'],
    ['プーチン', 'vladimir-putin', 'person'],
    ['朝鮮中央通信', 'kcna', 'organisation'],
  ];
  test('〜は「…」と述べた, 〜によると', () => {
    expect(summary('松野官房長官は記者会見で「決議に違反する取引は容認できない」と述べた。', S, 'ja')).toEqual([
      '決議に違反する取引は容認できない | hirokazu-matsuno',
    ]);
    expect(summary('朝鮮中央通信によると、両首脳は「戦略的な協力」について話し合った。', S, 'ja')).toEqual(['戦略的な協力 | kcna']);
  });
});

describe('Chinese', () => {
  const S: Surface[] = [
    ['普京', 'vladimir-putin', 'person'],
    ['金正恩', 'kim-jong-un', 'person'],
    ['朝中社', 'kcna', 'organisation'],
  ];
  test('X表示：“…”, “…”，X说, 据X报道', () => {
    expect(summary('普京在会谈后对媒体表示，新条约是“真正突破性文件”。', S, 'zh')).toEqual(['真正突破性文件 | vladimir-putin']);
    expect(summary('“我们将永远和俄罗斯站在一起。”金正恩说。', S, 'zh')).toEqual(['我们将永远和俄罗斯站在一起。 | kim-jong-un']);
    expect(summary('据朝中社报道，金正恩称这是“新的全盛期”。', S, 'zh')).toEqual(['新的全盛期 | kim-jong-un | via kcna']);
  });
});

describe('German', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Schoigu', 'sergei-shoigu', 'person'],
    ['Kreml', 'kremlin', 'organisation'],
  ];
  test('„…“, sagte X; X erklärte: „…“; so X; laut X', () => {
    expect(summary('„Genau deshalb sind wir hierhergekommen“, sagte Putin.', S, 'de')).toEqual([
      'Genau deshalb sind wir hierhergekommen | vladimir-putin',
    ]);
    expect(summary('Schoigu erklärte: „Das Flugzeug kann bis nach Japan fliegen.“', S, 'de')).toEqual([
      'Das Flugzeug kann bis nach Japan fliegen. | sergei-shoigu',
    ]);
    expect(summary('Die Gespräche seien „sehr offen und konstruktiv“ gewesen, so Putin.', S, 'de')).toEqual([
      'sehr offen und konstruktiv | vladimir-putin',
    ]);
    expect(summary('Laut Kreml wurden „keine Dokumente unterzeichnet“ am Mittwoch.', S, 'de')).toEqual([
      'keine Dokumente unterzeichnet | kremlin',
    ]);
  });
  test('a name outside the dataset: two capitalised words', () => {
    expect(summary('„Für Kim ist das eine große Gelegenheit“, sagte der Politologe Eric Ballbach.', S, 'de')).toEqual([
      'Für Kim ist das eine große Gelegenheit | Eric Ballbach',
    ]);
  });
});

describe('French', () => {
  const S: Surface[] = [
    ['Vladimir Poutine', 'vladimir-putin', 'person'],
    ['Poutine', 'vladimir-putin', 'person'],
    ['Kim Jong-un', 'kim-jong-un', 'person'],
    ['Nations unies', 'united-nations', 'organisation'],
    ['Linda Thomas-Greenfield', 'linda-thomas-greenfield', 'person'],
  ];
  test('« … », a déclaré X; a-t-il ajouté; selon X', () => {
    expect(summary('« C’est exactement pour cela que nous sommes venus », a déclaré Vladimir Poutine.', S, 'fr')).toEqual([
      'C’est exactement pour cela que nous sommes venus | vladimir-putin',
    ]);
    expect(summary('Kim Jong-un a remercié son hôte. « La Russie mène un combat sacré », a-t-il ajouté.', S, 'fr')).toEqual([
      'La Russie mène un combat sacré | kim-jong-un',
    ]);
    expect(summary('Selon Poutine, les discussions ont été « très franches et utiles ».', S, 'fr')).toEqual([
      'très franches et utiles | vladimir-putin',
    ]);
  });
  test('an apposition after the inverted verb', () => {
    expect(
      summary('« Nous n’hésiterons pas à imposer des sanctions », a déclaré l’ambassadrice américaine aux Nations unies, Linda Thomas-Greenfield.', S, 'fr'),
    ).toEqual(['Nous n’hésiterons pas à imposer des sanctions | linda-thomas-greenfield']);
  });
});

describe('Spanish', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Kim Jong-un', 'kim-jong-un', 'person'],
  ];
  test('«…», dijo X; según X; a dropped subject', () => {
    expect(summary('«Hablamos de todo de forma muy abierta», dijo Putin.', S, 'es')).toEqual([
      'Hablamos de todo de forma muy abierta | vladimir-putin',
    ]);
    expect(summary('Según Putin, Kim Jong-un necesita «garantías de seguridad internacionales».', S, 'es')).toEqual([
      'garantías de seguridad internacionales | vladimir-putin',
    ]);
    expect(summary('Kim Jong-un habló con la prensa. «Rusia libra una lucha sagrada», afirmó.', S, 'es')).toEqual([
      'Rusia libra una lucha sagrada | kim-jong-un',
    ]);
  });
});

// Languages the story also ran in, each with a lexicon of its own (cues.ts): the English fallback
// knows none of their verbs, so a quote whose speaker is named only through a verb went unattributed.
describe('Portuguese', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Kim Jong-un', 'kim-jong-un', 'person'],
    ['Dmitri Peskov', 'dmitry-peskov', 'person'],
  ];
  test('«…», disse X; X disse que "…"; segundo X; a dropped subject', () => {
    expect(summary('«Falámos de tudo de forma muito aberta», disse Putin.', S, 'pt')).toEqual(['Falámos de tudo de forma muito aberta | vladimir-putin']);
    expect(summary('O porta-voz do Kremlin, Dmitri Peskov, disse que "as conversações foram construtivas".', S, 'pt')).toEqual([
      'as conversações foram construtivas | dmitry-peskov',
    ]);
    expect(summary('Segundo Putin, Kim Jong-un precisa de "garantias de segurança internacionais".', S, 'pt')).toEqual([
      'garantias de segurança internacionais | vladimir-putin',
    ]);
    expect(summary('Kim Jong-un falou com os jornalistas. "A Rússia trava uma luta sagrada", afirmou.', S, 'pt')).toEqual([
      'A Rússia trava uma luta sagrada | kim-jong-un',
    ]);
  });
  test('citando X: the cited one speaks, as "citing X" does in English', () => {
    expect(summary('A Lusa, citando Dmitri Peskov, noticiou que "as conversações foram construtivas".', [...S, ['Lusa', null, 'organisation']], 'pt')).toEqual([
      'as conversações foram construtivas | dmitry-peskov',
    ]);
  });
});

describe('Italian', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Kim Jong-un', 'kim-jong-un', 'person'],
    ['Dmitry Peskov', 'dmitry-peskov', 'person'],
  ];
  test('«…», ha detto X; X ha dichiarato che «…»; secondo X; a dropped subject', () => {
    expect(summary('«Abbiamo parlato di tutto in modo molto aperto», ha detto Putin.', S, 'it')).toEqual([
      'Abbiamo parlato di tutto in modo molto aperto | vladimir-putin',
    ]);
    expect(summary('Il portavoce del Cremlino Dmitry Peskov ha dichiarato che «i colloqui sono stati costruttivi».', S, 'it')).toEqual([
      'i colloqui sono stati costruttivi | dmitry-peskov',
    ]);
    expect(summary('Secondo Putin, Kim Jong-un ha bisogno di «garanzie di sicurezza internazionali».', S, 'it')).toEqual([
      'garanzie di sicurezza internazionali | vladimir-putin',
    ]);
    expect(summary('Kim Jong-un ha parlato con la stampa. «La Russia combatte una lotta sacra», ha affermato.', S, 'it')).toEqual([
      'La Russia combatte una lotta sacra | kim-jong-un',
    ]);
  });
});

describe('Polish', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Putina', 'vladimir-putin', 'person'],
    ['Kim Dzong Un', 'kim-jong-un', 'person'],
    ['Dmitrij Pieskow', 'dmitry-peskov', 'person'],
  ];
  test('„…” – powiedział X; X oświadczył, że „…”; według X; a dropped subject', () => {
    expect(summary('„Rozmawialiśmy o wszystkim bardzo otwarcie” – powiedział Putin.', S, 'pl')).toEqual([
      'Rozmawialiśmy o wszystkim bardzo otwarcie | vladimir-putin',
    ]);
    expect(summary('Rzecznik Kremla Dmitrij Pieskow oświadczył, że „rozmowy były konstruktywne”.', S, 'pl')).toEqual([
      'rozmowy były konstruktywne | dmitry-peskov',
    ]);
    expect(summary('Według Putina Kim Dzong Un potrzebuje „międzynarodowych gwarancji bezpieczeństwa”.', S, 'pl')).toEqual([
      'międzynarodowych gwarancji bezpieczeństwa | vladimir-putin',
    ]);
    expect(summary('Kim Dzong Un rozmawiał z dziennikarzami. „Rosja toczy świętą walkę” – dodał.', S, 'pl')).toEqual([
      'Rosja toczy świętą walkę | kim-jong-un',
    ]);
  });
});

describe('Indonesian', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Kim Jong Un', 'kim-jong-un', 'person'],
    ['Dmitry Peskov', 'dmitry-peskov', 'person'],
  ];
  test('"…," kata X; X mengatakan, "…"; menurut X', () => {
    expect(summary('"Kami membicarakan semuanya dengan sangat terbuka," kata Putin.', S, 'id')).toEqual([
      'Kami membicarakan semuanya dengan sangat terbuka | vladimir-putin',
    ]);
    expect(summary('Juru bicara Kremlin Dmitry Peskov mengatakan, "Pembicaraan berlangsung konstruktif."', S, 'id')).toEqual([
      'Pembicaraan berlangsung konstruktif. | dmitry-peskov',
    ]);
    expect(summary('Menurut Putin, Kim Jong Un membutuhkan "jaminan keamanan internasional".', S, 'id')).toEqual([
      'jaminan keamanan internasional | vladimir-putin',
    ]);
  });
});

describe('Turkish', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Kim Jong-un', 'kim-jong-un', 'person'],
    ['Dmitriy Peskov', 'dmitry-peskov', 'person'],
  ];
  test('X, "…" dedi; X, "…" diye konuştu; X\'e göre', () => {
    expect(summary('Putin, "Her şeyi çok açık bir şekilde konuştuk" dedi.', S, 'tr')).toEqual(['Her şeyi çok açık bir şekilde konuştuk | vladimir-putin']);
    expect(summary('Kremlin Sözcüsü Dmitriy Peskov, "Görüşmeler yapıcı geçti" diye konuştu.', S, 'tr')).toEqual([
      'Görüşmeler yapıcı geçti | dmitry-peskov',
    ]);
    expect(summary('Putin\'e göre Kim Jong-un "uluslararası güvenlik garantilerine" ihtiyaç duyuyor.', S, 'tr')).toEqual([
      'uluslararası güvenlik garantilerine | vladimir-putin',
    ]);
  });
});

describe('Ukrainian', () => {
  const S: Surface[] = [
    ['Путін', 'vladimir-putin', 'person'],
    ['Пєсков', 'dmitry-peskov', 'person'],
    ['Пєскова', 'dmitry-peskov', 'person'],
  ];
  test('«…», — заявив X; X наголосив: «…»; за словами X', () => {
    expect(summary('«Ми говорили про все дуже відверто», — заявив Путін.', S, 'uk')).toEqual(['Ми говорили про все дуже відверто | vladimir-putin']);
    expect(summary('За словами Пєскова, сторони обговорили «чутливі питання».', S, 'uk')).toEqual(['чутливі питання | dmitry-peskov']);
    expect(summary('«Жодних угод не підписували», — сказала речниця, а Пєсков додав: «Співпраця триватиме».', S, 'uk')).toEqual([
      'Жодних угод не підписували | -',
      'Співпраця триватиме | dmitry-peskov',
    ]);
  });
});

describe('Greek', () => {
  const S: Surface[] = [
    ['Πούτιν', 'vladimir-putin', 'person'],
    ['Πεσκόφ', 'dmitry-peskov', 'person'],
  ];
  test('«…», δήλωσε ο X; σύμφωνα με τον X', () => {
    expect(summary('«Μιλήσαμε για όλα πολύ ανοιχτά», δήλωσε ο Πούτιν.', S, 'el')).toEqual(['Μιλήσαμε για όλα πολύ ανοιχτά | vladimir-putin']);
    expect(summary('Σύμφωνα με τον Πεσκόφ, οι δύο ηγέτες συζήτησαν «ευαίσθητα ζητήματα».', S, 'el')).toEqual(['ευαίσθητα ζητήματα | dmitry-peskov']);
  });
});

describe('Romanian', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Peskov', 'dmitry-peskov', 'person'],
  ];
  test('„…”, a declarat X; X a spus că „…”; potrivit lui X', () => {
    expect(summary('„Am vorbit despre toate foarte deschis”, a declarat Putin.', S, 'ro')).toEqual(['Am vorbit despre toate foarte deschis | vladimir-putin']);
    expect(summary('Peskov a spus că „nu a fost semnat niciun acord”.', S, 'ro')).toEqual(['nu a fost semnat niciun acord | dmitry-peskov']);
    expect(summary('Potrivit lui Peskov, cei doi au discutat „chestiuni sensibile”.', S, 'ro')).toEqual(['chestiuni sensibile | dmitry-peskov']);
  });
});

describe('Dutch', () => {
  const S: Surface[] = [
    ['Poetin', 'vladimir-putin', 'person'],
    ['Peskov', 'dmitry-peskov', 'person'],
  ];
  test('"…", zei X; aldus X; volgens X', () => {
    expect(summary('"We hebben over alles heel open gesproken", zei Poetin.', S, 'nl')).toEqual(['We hebben over alles heel open gesproken | vladimir-putin']);
    expect(summary('Er zijn "geen akkoorden ondertekend", aldus Peskov.', S, 'nl')).toEqual(['geen akkoorden ondertekend | dmitry-peskov']);
    expect(summary('Volgens Peskov bespraken de twee leiders "gevoelige kwesties".', S, 'nl')).toEqual(['gevoelige kwesties | dmitry-peskov']);
  });
});

describe('Croatian', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Peskov', 'dmitry-peskov', 'person'],
  ];
  test('"…", izjavio je X; X je rekao da "…"', () => {
    expect(summary('"Razgovarali smo o svemu vrlo otvoreno", izjavio je Putin.', S, 'hr')).toEqual(['Razgovarali smo o svemu vrlo otvoreno | vladimir-putin']);
    expect(summary('Peskov je rekao da "nije potpisan nikakav sporazum".', S, 'hr')).toEqual(['nije potpisan nikakav sporazum | dmitry-peskov']);
  });
});

describe('Hungarian', () => {
  const S: Surface[] = [
    ['Putyin', 'vladimir-putin', 'person'],
    ['Peszkov', 'dmitry-peskov', 'person'],
  ];
  test('„…” – mondta X; X szerint', () => {
    expect(summary('„Mindenről nagyon nyíltan beszéltünk” – mondta Putyin.', S, 'hu')).toEqual(['Mindenről nagyon nyíltan beszéltünk | vladimir-putin']);
    expect(summary('Peszkov szerint a két vezető „érzékeny kérdéseket” vitatott meg.', S, 'hu')).toEqual(['érzékeny kérdéseket | dmitry-peskov']);
  });
});

describe('Vietnamese', () => {
  const S: Surface[] = [
    ['Putin', 'vladimir-putin', 'person'],
    ['Peskov', 'dmitry-peskov', 'person'],
  ];
  test('"…", ông X nói; theo ông X', () => {
    expect(summary('"Chúng tôi đã thảo luận mọi vấn đề rất cởi mở", ông Putin nói.', S, 'vi')).toEqual([
      'Chúng tôi đã thảo luận mọi vấn đề rất cởi mở | vladimir-putin',
    ]);
    expect(summary('Theo ông Peskov, hai nhà lãnh đạo đã bàn về "những vấn đề nhạy cảm".', S, 'vi')).toEqual(['những vấn đề nhạy cảm | dmitry-peskov']);
  });
});

describe('Arabic', () => {
  const S: Surface[] = [
    ['بوتين', 'vladimir-putin', 'person'],
    ['بيسكوف', 'dmitry-peskov', 'person'],
  ];
  test('وقال X: «…»; «…»، قال X; بحسب X', () => {
    expect(summary('وقال بيسكوف إن «الاتفاقيات لم توقع بعد».', S, 'ar')).toEqual(['الاتفاقيات لم توقع بعد | dmitry-peskov']);
    expect(summary('«تحدثنا عن كل شيء بصراحة»، قال بوتين للصحفيين.', S, 'ar')).toEqual(['تحدثنا عن كل شيء بصراحة | vladimir-putin']);
    expect(summary('وبحسب بيسكوف، ناقش الزعيمان «قضايا حساسة».', S, 'ar')).toEqual(['قضايا حساسة | dmitry-peskov']);
  });
});

describe('Hindi', () => {
  const S: Surface[] = [
    ['पुतिन', 'vladimir-putin', 'person'],
    ['पेसकोव', 'dmitry-peskov', 'person'],
  ];
  test('X ने कहा, "…"; "…", X ने कहा; X के अनुसार', () => {
    expect(summary('पेसकोव ने कहा कि "कोई समझौता नहीं हुआ है"।', S, 'hi')).toEqual(['कोई समझौता नहीं हुआ है | dmitry-peskov']);
    expect(summary('"हमने हर विषय पर खुलकर बात की", पुतिन ने कहा।', S, 'hi')).toEqual(['हमने हर विषय पर खुलकर बात की | vladimir-putin']);
    expect(summary('पेसकोव के अनुसार दोनों नेताओं ने "संवेदनशील मुद्दों" पर चर्चा की।', S, 'hi')).toEqual(['संवेदनशील मुद्दों | dmitry-peskov']);
  });
});

describe('Bulgarian', () => {
  const S: Surface[] = [
    ['Путин', 'vladimir-putin', 'person'],
    ['Песков', 'dmitry-peskov', 'person'],
  ];
  test('„…“, заяви X; X каза: „…“; според X', () => {
    expect(summary('„Говорихме за всичко много открито“, заяви Путин.', S, 'bg')).toEqual(['Говорихме за всичко много открито | vladimir-putin']);
    expect(summary('Според Песков двамата лидери са обсъдили „чувствителни въпроси“.', S, 'bg')).toEqual(['чувствителни въпроси | dmitry-peskov']);
  });
});

describe('Bengali', () => {
  const S: Surface[] = [
    ['পুতিন', 'vladimir-putin', 'person'],
    ['পেসকভ', 'dmitry-peskov', 'person'],
  ];
  test('X বলেন, "…"; "…", বলেন X; X-এর মতে', () => {
    expect(summary('পেসকভ বলেন, "কোনো চুক্তি সই হয়নি।"', S, 'bn')).toEqual(['কোনো চুক্তি সই হয়নি। | dmitry-peskov']);
    expect(summary('"আমরা সব বিষয়ে খোলামেলা কথা বলেছি", পুতিন সাংবাদিকদের বলেন।', S, 'bn')).toEqual(['আমরা সব বিষয়ে খোলামেলা কথা বলেছি | vladimir-putin']);
  });
});
