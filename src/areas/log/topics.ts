/*
 * What a log entry is about, from its words, across the languages a couple may write in (English
 * and Spanish today): accents and case folded, common words dropped, plurals reduced, and a small
 * table of everyday conflict topics mapping words of both languages to one concept, so "the
 * dishes" and "los platos" are the same fight. Pure.
 */

const STOPWORDS = new Set(
  `a about again after all also an and any are as at be because been before but by did do does
  for from had has have he her him his how i if in into is it its just me more my no not of on
  once or our out over she so than that the their them then there they this to too up us very
  was we were what when which while who why will with you your yours today yesterday tonight
  al algo como con cuando de del desde el ella ellas ellos en entre era es esa ese eso esta este
  esto fue ha hay hoy la las le les lo los mas me mi mis muy nada ni no nos nuestra nuestro o
  otra otro para pero por porque que se si sin sobre su sus tambien te tu tus un una uno y ya
  ayer vez otra`.split(/\s+/),
);

/** Words that say "a conflict" rather than what it was about. */
const CONFLICT_WORDS = new Set(
  `fight fought fighting argument argue argued arguing row quarrel quarrelled bicker bickered
  clash disagreement disagree disagreed tension upset angry annoyed talk talked talking
  pelea peleamos pelear peleado discusion discutimos discutir discutido bronca enfado enfadado
  enfadada enojo enojado enojada tension hablamos hablar`.split(/\s+/),
);

/** Everyday topics: words of either language → one concept (its English name). */
const CONCEPTS: Record<string, string[]> = {
  dishes: [
    'dish',
    'dishes',
    'dishwasher',
    'plate',
    'plates',
    'plato',
    'platos',
    'vajilla',
    'fregar',
    'lavaplatos',
    'lavavajillas',
    'trastes',
  ],
  money: [
    'money',
    'spending',
    'spend',
    'spent',
    'budget',
    'bill',
    'bills',
    'dinero',
    'gasto',
    'gastos',
    'gastar',
    'presupuesto',
    'plata',
    'cuentas',
    'factura',
    'facturas',
  ],
  laundry: ['laundry', 'washing', 'clothes', 'ropa', 'colada', 'lavadora', 'tender'],
  phones: [
    'phone',
    'phones',
    'screen',
    'screens',
    'movil',
    'moviles',
    'celular',
    'celulares',
    'telefono',
    'telefonos',
    'pantalla',
  ],
  family: [
    'mother',
    'mom',
    'mum',
    'father',
    'dad',
    'parents',
    'inlaws',
    'madre',
    'mama',
    'padre',
    'papa',
    'suegra',
    'suegro',
    'suegros',
    'padres',
  ],
  cleaning: ['cleaning', 'clean', 'tidy', 'mess', 'limpieza', 'limpiar', 'desorden', 'ordenar'],
  weekend: ['weekend', 'weekends', 'finde', 'findes'],
  sleep: ['sleep', 'bedtime', 'dormir', 'sueno'],
  sex: ['sex', 'intimacy', 'sexo', 'intimidad'],
  time: ['late', 'lateness', 'punctual', 'tarde', 'puntual'],
};
const CONCEPT_OF = new Map(Object.entries(CONCEPTS).flatMap(([c, ws]) => ws.map((w) => [w, c] as const)));

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A word reduced to its singular, roughly (English and Spanish plurals). */
function singular(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 4 && /(sh|ch|x|ss|z)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

/**
 * The topics of one text: each a concept when a word belongs to one, else the word itself (its
 * singular); with the word as written, so a topic can be named in the couple's own words.
 *
 * @example topicsOf('Fight about the dishes') // [{ topic: 'dishes', word: 'dishes' }]
 * @example topicsOf('Otra vez los platos') // [{ topic: 'dishes', word: 'platos' }]
 */
export function topicsOf(text: string): Array<{ topic: string; word: string }> {
  const out = new Map<string, string>();
  // Possessives go first ("mother’s" → "mother").
  const words = fold(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w) && !CONFLICT_WORDS.has(w));
  for (const w of words) {
    const topic = CONCEPT_OF.get(w) ?? CONCEPT_OF.get(singular(w)) ?? singular(w);
    if (!out.has(topic)) out.set(topic, w);
  }
  return [...out].map(([topic, word]) => ({ topic, word }));
}
