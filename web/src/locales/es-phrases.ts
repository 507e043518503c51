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
    'Momentos positivos por conflicto: {current} a 1 en el mes que ves, {previous} a 1 el mes anterior (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.ratio.monthCurrent':
    'Momentos positivos por conflicto: {current} a 1 en el mes que ves; el mes anterior todavía no se puede medir (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.ratio.monthPrevious':
    'Momentos positivos por conflicto: en el mes que ves todavía no se puede medir, {previous} a 1 el mes anterior (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.ratio.monthNone':
    'Momentos positivos por conflicto: todavía no se puede medir ni en el mes que ves ni en el anterior (las parejas estables suelen estar en torno a 5 a 1).',
  'phrase.means.week':
    'Medias de los días que se rellenaron: {mine} de {span} días tuyos, {partner} compartidos por tu pareja.',
  'phrase.means.missing': 'Los días que faltan se dejan fuera, no se adivinan.',
  'phrase.means.fewDays': 'Con pocos días, una media puede moverse mucho con un día más.',
  'phrase.means.month':
    'Medias de los días rellenados: tú, {mine} días en el mes que ves y {minePrevious} el mes anterior; tu pareja compartió {partner} y {partnerPrevious}.',
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
  'phrase.automaticity.fewScores': {
    one: 'Todavía no hay datos suficientes para estimar cuándo este hábito será automático: {count} puntuación hasta ahora, se necesitan al menos {needed}.',
    other:
      'Todavía no hay datos suficientes para estimar cuándo este hábito será automático: {count} puntuaciones hasta ahora, se necesitan al menos {needed}.',
  },
  'phrase.automaticity.notLevelling':
    'Todavía no hay datos suficientes para estimar cuándo este hábito será automático: las puntuaciones aún no han empezado a estabilizarse, así que la meseta no se distingue de una línea recta.',
  'phrase.automaticity.notRising':
    'Todavía no hay datos suficientes para estimar cuándo este hábito será automático: las puntuaciones no suben hacia una meseta.',
  'phrase.automaticity.keepAnswering': 'Sigue respondiendo las cuatro preguntas breves cada pocos días.',
  'phrase.automaticity.automatic':
    'Tus respuestas dicen que ya es casi automático ({latest} de 7 últimamente). Es momento de pensar en darlo por consolidado.',
  'phrase.automaticity.daysLeft': {
    one: 'Falta más o menos {count} día para que se sienta automático.',
    other: 'Faltan unos {count} días para que se sienta automático.',
  },
  'phrase.automaticity.noUpperLimit':
    'Al menos {low} días; tus respuestas aún no pueden decir cuánto más: la curva no se ha estabilizado lo bastante para ponerle un límite superior.',
  'phrase.automaticity.agree': 'Las respuestas coinciden mucho.',
  'phrase.automaticity.between': 'Con un {pct} % de seguridad, está entre {low} y {high} días.',
  'phrase.automaticity.latest':
    'Tu última puntuación es {latest} de 7; la mayoría de los hábitos tarda de dos a tres meses, y es normal que sea lento.',
  'phrase.strength.none': 'Todavía no hay nada que medir: marca el primer día.',
  'phrase.strength.score':
    'La fuerza del hábito es del {score} %. Sube con cada día que cumples el calendario y baja despacio cuando no: lo que pasó hace {halfLife} días cuenta la mitad que hoy. Los días saltados no cuentan ni a favor ni en contra.',
  'phrase.strength.run': { one: 'Llevas {count} día seguido.', other: 'Llevas {count} días seguidos.' },
  'phrase.strength.runBest': {
    one: 'Llevas {count} día seguido (tu mejor racha: {best}).',
    other: 'Llevas {count} días seguidos (tu mejor racha: {best}).',
  },
  'phrase.strength.reset': 'La racha actual se ha reiniciado; un fallo es información, no un fracaso.',
  'phrase.strength.resetBest':
    'La racha actual se ha reiniciado (tu mejor racha: {best} días); un fallo es información, no un fracaso.',
  'phrase.strength.early':
    'Primeros días: la fuerza crece despacio a propósito, así que un número bajo en las primeras semanas es lo esperado, no un veredicto.',
  'change.pause': 'Pausar este hábito',
  'change.pauseBecause': 'Pausar este hábito ({reason})',
  'change.schedule': 'Suavizar el calendario a {schedule}',
  'change.target': 'Suavizar el objetivo a {target}',
  'change.both': 'Suavizar el calendario a {schedule} y el objetivo a {target}',
  'review.habitKept': {
    one: '{name}: «{action}» una vez. Un logro que merece nombrarse.',
    other: '{name}: «{action}» {count} veces. Un logro que merece nombrarse.',
  },
  'review.habitLapsed':
    '{name}: «{action}» {done} de {expected}. Vale la pena mirarlo juntos: ¿qué se interpuso? (Un fallo es información.)',
  // The loops (areas/credit): a pattern's title, what it is and what to try.
  'phrase.loop.recurringTitle': '«{word}» vuelve una y otra vez',
  'phrase.loop.recurring':
    '{count} de vuestros {of} conflictos fueron por esto, normalmente con {gap} días entre uno y otro.',
  'phrase.loop.recurringAdvice':
    'Un tema que vuelve tan a menudo merece una conversación tranquila para él solo, lejos de la próxima pelea.',
  'phrase.loop.brokenTitle': 'Promesas sobre «{word}»',
  'phrase.loop.brokenMe': 'Rompiste {count} de {total} de estas promesas.',
  'phrase.loop.brokenPartner': '{name} rompió {count} de {total} de estas promesas.',
  'phrase.loop.brokenAdvice': 'Quizá una promesa más pequeña se cumpliría.',
  'phrase.loop.cycleTitle': 'Conflicto, reconciliación y luego cercanía',
  'phrase.loop.cycle':
    '{count} veces. El {after} % de los conflictos reparados fueron seguidos en un día de cercanía o de alivio (un check-in muy por encima de lo habitual), frente al {ordinary} % en un par de días cualquiera.',
  'phrase.loop.cycleAdvice':
    'La cercanía que llega sobre todo después de una pelea puede enseñaros a necesitar la pelea. Probad a planear momentos de cercanía después de resolver algo juntos —un problema compartido, un plan hecho en equipo— en lugar de después de una pelea.',
};
