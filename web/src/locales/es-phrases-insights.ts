import type { Message } from '../i18n.ts';
import type { enPhrasesInsights } from './en-phrases-insights.ts';

/** The insights area's server sentences in Spanish (see en-phrases-insights.ts). */
export const esPhrasesInsights: { readonly [K in keyof typeof enPhrasesInsights]: Message } = {
  'phrase.adherence.tooEarly': {
    one: 'Es pronto para decirlo: {count} día desde que empezó, y hacen falta unas tres semanas para saberlo.',
    other:
      'Es pronto para decirlo: {count} días desde que empezó, y hacen falta unas tres semanas para saberlo.',
  },
  'phrase.adherence.tooEarlyToSay': 'Es pronto para decirlo.',
  'phrase.adherence.noCheckinsSince': 'Es pronto para decirlo: no hay check-ins desde que se adoptó.',
  'phrase.adherence.stuck': 'Hecho el {pct} % de los días que tocaba, últimamente.',
  'phrase.adherence.stuckUpsDowns':
    'Hecho el {pct} % de los días que tocaba, últimamente, después de algunos altibajos.',
  'phrase.adherence.faded': {
    one: 'Se desvaneció al cabo de {count} semana.',
    other: 'Se desvaneció al cabo de {count} semanas.',
  },
  'phrase.adherence.fadedLately': {
    one: 'Se desvaneció al cabo de {count} semana: últimamente, hecho el {pct} % de los días que tocaba.',
    other: 'Se desvaneció al cabo de {count} semanas: últimamente, hecho el {pct} % de los días que tocaba.',
  },
  'phrase.adherence.fadedAfter': {
    one: 'Se desvaneció al cabo de {count} semana.',
    other: 'Se desvaneció al cabo de {count} semanas.',
  },
  'phrase.adherence.whatMissing': 'Un fallo es información: ¿qué faltaba?',
  'phrase.adherence.never':
    'Hecho el {pct} % de los días que tocaba. Quizá era demasiado grande, o la señal no encajaba en el día.',
  'phrase.adherence.graduated': 'Consolidado: se volvió lo bastante automático como para dejar de seguirlo.',
  'phrase.adherence.dropped': 'Decidisteis no quedaros con este experimento. ¿Qué faltaba?',
  'phrase.shift.noBaseline':
    'No hay días registrados de antes del cambio, así que todavía no hay con qué comparar.',
  'phrase.shift.tooEarly': {
    one: 'Es pronto para decirlo: {count} día registrado desde el cambio, y hacen falta unos {needed} para distinguir un cambio duradero de una buena o mala racha.',
    other:
      'Es pronto para decirlo: {count} días registrados desde el cambio, y hacen falta unos {needed} para distinguir un cambio duradero de una buena o mala racha.',
  },
  'phrase.shift.fewBefore':
    'Es pronto para decirlo: hay muy pocos días registrados de antes del cambio para saber cómo era lo «habitual».',
  'phrase.shift.stuckUp': {
    one: 'El cambio parece haberse asentado: antes, la media era {before}; últimamente (el último día registrado) es {latest}. Sigue por encima de donde empezasteis.',
    other:
      'El cambio parece haberse asentado: antes, la media era {before}; últimamente (los últimos {count} días registrados) es {latest}. Sigue por encima de donde empezasteis.',
  },
  'phrase.shift.stuckDown': {
    one: 'El cambio parece haberse asentado: antes, la media era {before}; últimamente (el último día registrado) es {latest}. Sigue por debajo de donde empezasteis.',
    other:
      'El cambio parece haberse asentado: antes, la media era {before}; últimamente (los últimos {count} días registrados) es {latest}. Sigue por debajo de donde empezasteis.',
  },
  'phrase.shift.reverted': {
    one: 'Ayudó durante un tiempo y luego volvió atrás: la media pasó a {peak} durante {count} día registrado, pero ahora es {latest}, cerca del {before} de antes. Es habitual; un recordatorio o una versión más pequeña y fácil del cambio suele recuperarlo.',
    other:
      'Ayudó durante un tiempo y luego volvió atrás: la media pasó a {peak} durante {count} días registrados, pero ahora es {latest}, cerca del {before} de antes. Es habitual; un recordatorio o una versión más pequeña y fácil del cambio suele recuperarlo.',
  },
  'phrase.shift.opposite': {
    one: 'De momento ha ido en sentido contrario: antes, la media era {before}; últimamente (el último día registrado) es {latest}. Puede ser el cambio u otra cosa que pasó a la vez; vale la pena hablarlo juntos.',
    other:
      'De momento ha ido en sentido contrario: antes, la media era {before}; últimamente (los últimos {count} días registrados) es {latest}. Puede ser el cambio u otra cosa que pasó a la vez; vale la pena hablarlo juntos.',
  },
  'phrase.shift.none': {
    one: 'Todavía no hay un cambio claro: antes, la media era {before}; últimamente (el último día registrado) es {latest}. Está a menos de {min} de antes, la diferencia más pequeña que contamos como cambio.',
    other:
      'Todavía no hay un cambio claro: antes, la media era {before}; últimamente (los últimos {count} días registrados) es {latest}. Está a menos de {min} de antes, la diferencia más pequeña que contamos como cambio.',
  },
  'phrase.shift.cautionSmall':
    'La diferencia es pequeña al lado de los altibajos de cada día, así que aún puede cambiar con más días.',
  'phrase.shift.cautionShort': 'El último tramo es corto, así que conviene seguirlo de cerca.',
  'phrase.stick.rate': {
    one: '{stuck} de {count} se asentó (en algún punto entre el {low} % y el {high} %).',
    other: '{stuck} de {count} se asentaron (en algún punto entre el {low} % y el {high} %).',
  },
  'phrase.stick.few': {
    one: '{stuck} de {count} se asentó: demasiado pocos para saber qué es lo habitual.',
    other: '{stuck} de {count} se asentaron: demasiado pocos para saber qué es lo habitual.',
  },
  'phrase.size.start': 'Empezad en pequeño: un cambio diminuto cada vez, hasta ver qué se os queda.',
  'phrase.size.up.small': {
    one: 'Se asentó {stuck} de vuestro {count} cambio pequeño: podéis probar uno mediano.',
    other: 'Se asentaron {stuck} de vuestros {count} cambios pequeños: podéis probar uno mediano.',
  },
  'phrase.size.up.medium': {
    one: 'Se asentó {stuck} de vuestro {count} cambio mediano: podéis probar uno grande.',
    other: 'Se asentaron {stuck} de vuestros {count} cambios medianos: podéis probar uno grande.',
  },
  'phrase.size.down.medium': {
    one: 'Solo se asentó {stuck} de vuestro {count} cambio mediano: el próximo, mejor pequeño.',
    other: 'Solo se asentaron {stuck} de vuestros {count} cambios medianos: el próximo, mejor pequeño.',
  },
  'phrase.size.down.large': {
    one: 'Solo se asentó {stuck} de vuestro {count} cambio grande: el próximo, mejor mediano.',
    other: 'Solo se asentaron {stuck} de vuestros {count} cambios grandes: el próximo, mejor mediano.',
  },
  'phrase.size.stay.small': 'Seguid con cambios pequeños.',
  'phrase.size.stay.medium': 'Seguid con cambios medianos.',
  'phrase.size.stay.large': 'Seguid con cambios grandes.',
  'phrase.size.tooBig': {
    one: '{count} de vuestros análisis dice que un cambio era demasiado grande: id una talla más pequeña.',
    other: '{count} de vuestros análisis dicen que un cambio era demasiado grande: id una talla más pequeña.',
  },
  'phrase.changePace.small': {
    one: 'Un ritmo pequeño en {domain}, hasta {count} cambio a la vez',
    other: 'Un ritmo pequeño en {domain}, hasta {count} cambios a la vez',
  },
  'phrase.changePace.medium': {
    one: 'Un ritmo mediano en {domain}, hasta {count} cambio a la vez',
    other: 'Un ritmo mediano en {domain}, hasta {count} cambios a la vez',
  },
  'phrase.changePace.large': {
    one: 'Un ritmo grande en {domain}, hasta {count} cambio a la vez',
    other: 'Un ritmo grande en {domain}, hasta {count} cambios a la vez',
  },
  'phrase.report.days': '{month}: días con un check-in que puedes ver — tú {mine}, {name} {theirs}.',
  'phrase.report.daysAlone': '{month}: días con un check-in que puedes ver — tú {mine}.',
  'phrase.report.metric': 'Media de {metric}: {mean}.',
  'phrase.report.metricSame':
    'Media de {metric}: {mean} — más o menos igual que el mes anterior ({previous}).',
  'phrase.report.metricBetter': 'Media de {metric}: {mean} — mejor que el mes anterior ({previous}).',
  'phrase.report.metricWorse': 'Media de {metric}: {mean} — peor que el mes anterior ({previous}).',
  'phrase.report.noCheckins':
    'Ningún check-in este mes: un mes que falta también es información, no un fracaso.',
  'phrase.report.started': 'Empezasteis: {list}.',
  'phrase.report.stuck': {
    one: 'Hasta ahora se ha asentado {count} cambio.',
    other: 'Hasta ahora se han asentado {count} cambios.',
  },
  'phrase.report.faded': {
    one: '{count} se desvaneció: {list}.',
    other: '{count} se desvanecieron: {list}.',
  },
  'phrase.report.happened': 'Lo que pasó: {list}.',
  'phrase.report.question': 'Para hablar: {question}',
  'insights.qHint.1':
    'Pensad en las últimas semanas: ¿a qué apuntaban en silencio vuestros días: a la paz, a tener razón, a ir tirando?',
  'insights.qHint.2': '¿Qué recibe enseguida una sonrisa, alivio o atención? ¿Qué pasa desapercibido?',
  'insights.qHint.3':
    'Lo bastante pequeño para hacerlo en un mal día; un número del check-in que lo mostraría.',
  'insights.qHint.4':
    'Un ritual, un hábito, una forma de hablar de una buena época: ¿qué lo hacía posible entonces?',
  'insights.qHint.5': 'Mirad el historial juntos: ¿qué vuelve, qué se asentó, qué se desvaneció, y cuándo?',
  'insights.value.small': 'Pequeño',
  'insights.value.medium': 'Mediano',
  'insights.value.large': 'Grande',
  'insights.value.immediate reward': 'Una recompensa inmediata',
  'insights.value.no reward named': 'Sin recompensa nombrada',
  'insights.value.none named': 'Ninguna nombrada',
  'insights.value.ritual': 'Un ritual',
  'insights.value.together': 'Juntos',
  'insights.value.you': 'Tú',
  'insights.value.a former partner': 'Una pareja anterior',
  'insights.value.explore': 'Explorando',
  'insights.value.exploit': 'Aprovechando lo que funciona',
};
