import type { Message } from '../i18n.ts';
import type { enPhrases } from './en-phrases.ts';

/** The server's explanations in Spanish (see en-phrases.ts). */
export const esPhrases: { readonly [K in keyof typeof enPhrases]: Message } = {
  'phrase.trust.none': 'Todavía no hay promesas cumplidas ni rotas.',
  'phrase.trust.score':
    '{kept} cumplidas y {broken} rotas. La confianza es de {score} sobre 100: las promesas recientes cuentan más, así que un fallo tras una larga racha cuesta poco, y los fallos repetidos se notan.',
  'phrase.trust.rough': 'Con tan pocas promesas, esta puntuación es todavía aproximada.',
  'phrase.repair.about':
    'Cuánto pasa desde un conflicto hasta la reparación vinculada a él. Importa más que cuántos conflictos tenéis: todas las parejas discuten; volver a acercarse pronto es la habilidad.',
  'phrase.repair.none': 'Todavía no hay ninguna reparación vinculada a un conflicto.',
  'phrase.repair.median': {
    one: 'La mitad de vuestras reparaciones llegó en {count} día o menos.',
    other: 'La mitad de vuestras reparaciones llegó en {count} días o menos.',
  },
  'phrase.repair.linked': {
    one: 'Sale de una sola reparación vinculada.',
    other: 'Sale de {count} reparaciones vinculadas.',
  },
  'phrase.repair.rough': 'Todavía son pocas, así que es aproximado.',
  'phrase.repair.trendUnknown':
    'Todavía no hay bastante para comparar los tres últimos meses con los tres anteriores.',
  'phrase.repair.faster':
    'Últimamente las reparaciones llegan antes: {recent} días (mediana) en los tres últimos meses, {earlier} antes.',
  'phrase.repair.slower':
    'Últimamente las reparaciones tardan más: {recent} días (mediana) en los tres últimos meses, {earlier} antes. Merece una mirada, no es un veredicto.',
  'phrase.repair.same': 'Las reparaciones tardan más o menos lo mismo que antes: {recent} días (mediana).',
  'phrase.csi4.score': 'Tu puntuación de satisfacción es {total} sobre 21.',
  'phrase.csi4.strain':
    'Las puntuaciones por debajo de 13,5 son habituales en parejas que pasan por un momento difícil; es un motivo para cuidar la relación, no un veredicto sobre ella.',
  'phrase.csi4.above':
    'Está por encima de 13,5, la línea que usan los investigadores para una relación bajo tensión.',
  'phrase.csi4.snapshot':
    'Una puntuación es una foto del momento: la tendencia a lo largo de las semanas dice más.',
  'phrase.csi4.meaning':
    'El CSI-4 (Funk y Rogge, 2007) hace cuatro preguntas sobre lo felices y satisfechos que estáis juntos; las puntuaciones van de 0 a 21. Por debajo de 13,5 está la línea que usan los investigadores para una relación bajo una tensión notable: una señal para cuidarla, no un veredicto. Un mes es una foto; la tendencia a lo largo de los meses dice más.',
  'phrase.ratio.noCheckins':
    'Todavía no hay check-ins que contar. En cuanto haya unos días, esto compara los momentos positivos con los conflictos.',
  'phrase.ratio.none': 'Todavía no hay interacciones registradas.',
  'phrase.ratio.noNegatives': {
    one: 'Un momento positivo y ninguno negativo: probablemente al menos {lower} a 1.',
    other: '{count} momentos positivos y ninguno negativo: probablemente al menos {lower} a 1.',
  },
  'phrase.ratio.about':
    'Unos {ratio} momentos positivos por cada negativo (probablemente entre {lower} y {upper}).',
  'phrase.ratio.aboutOpen':
    'Unos {ratio} momentos positivos por cada negativo (probablemente al menos {lower}, aún sin límite superior).',
  'phrase.ratio.stable': 'Las parejas estables suelen estar en torno a 5 a 1.',
  'phrase.ratio.rough': 'Con tan pocos momentos registrados, todavía es aproximado.',
  'phrase.ratio.firstImpression': {
    one: 'Contado a partir de un solo check-in, así que tómalo como una primera impresión.',
    other: 'Contado a partir de solo {count} check-ins, así que tómalo como una primera impresión.',
  },
  'phrase.ratio.month':
    'Momentos positivos por conflicto: {current} a 1 este mes, {previous} a 1 el mes anterior (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.ratio.monthCurrent':
    'Momentos positivos por conflicto: {current} a 1 este mes; el mes anterior todavía no se puede medir (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.ratio.monthPrevious':
    'Momentos positivos por conflicto: este mes todavía no se puede medir, {previous} a 1 el mes anterior (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.ratio.monthNone':
    'Momentos positivos por conflicto: todavía no se puede medir ni este mes ni el anterior (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.means.week':
    'Medias de los días que se rellenaron: {mine} de {span} días tuyos, {partner} compartidos por tu pareja.',
  'phrase.means.missing': 'Los días que faltan se dejan fuera, no se adivinan.',
  'phrase.means.fewDays': 'Con pocos días, una media puede moverse mucho con un día más.',
  'phrase.means.month':
    'Medias de los días rellenados: tú, {mine} días este mes y {minePrevious} el mes anterior; tu pareja compartió {partner} y {partnerPrevious}.',
  'phrase.means.monthChance':
    'Los días que faltan se dejan fuera, nunca se adivinan; con menos de unos diez días, una diferencia de un punto puede ser casualidad.',
  'phrase.week.noWins':
    'Todavía no hay logros esta semana. Es información, no un fracaso: un agradecimiento hoy es un buen comienzo.',
  'phrase.week.promises': {
    one: 'Esta semana: una promesa cumplida.',
    other: 'Esta semana: {count} promesas cumplidas.',
  },
  'phrase.week.appreciations': { one: 'Un agradecimiento.', other: '{count} agradecimientos.' },
  'phrase.week.rituals': { one: 'Rituales hechos una vez.', other: 'Rituales hechos {count} veces.' },
  'phrase.week.habits': {
    one: '{kept} de {count} hábito mantuvo su calendario.',
    other: '{kept} de {count} hábitos mantuvieron su calendario.',
  },
  'phrase.week.checkins': 'Hiciste el check-in {count} de 7 días.',
  'review.habitKept': {
    one: '{name}: «{action}» una vez. Un logro que merece nombrarse.',
    other: '{name}: «{action}» {count} veces. Un logro que merece nombrarse.',
  },
  'review.habitLapsed':
    '{name}: «{action}» {done} de {expected}. Vale la pena mirarlo juntos: ¿qué se interpuso? (Un fallo es información.)',
};
