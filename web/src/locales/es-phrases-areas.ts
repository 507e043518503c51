import type { Message } from '../i18n.ts';
import type { enPhrasesAreas } from './en-phrases-areas.ts';

/** The later areas' server sentences in Spanish (see en-phrases-areas.ts). */
export const esPhrasesAreas: { readonly [K in keyof typeof enPhrasesAreas]: Message } = {
  'phrase.lapse.notStarted': '{name} empieza el {date}.',
  'phrase.lapse.early.day':
    'Todavía no hay historia suficiente para distinguir un bache de una tendencia; diremos más dentro de unos días.',
  'phrase.lapse.early.week':
    'Todavía no hay historia suficiente para distinguir un bache de una tendencia; diremos más dentro de unas semanas.',
  'phrase.lapse.early.stretch':
    'Todavía no hay historia suficiente para distinguir un bache de una tendencia; diremos más tras unos cuantos tramos de {days} días.',
  'phrase.lapse.recent.day': {
    one: 'Ayer lo cumplisteis: {kept} de 1 día.',
    other: 'En los últimos {count} días lo cumplisteis en {kept} de ellos.',
  },
  'phrase.lapse.recent.week': {
    one: 'En la última semana lo cumplisteis: {kept} de 1.',
    other: 'En las últimas {count} semanas lo cumplisteis en {kept} de ellas.',
  },
  'phrase.lapse.recent.stretch': {
    one: 'En el último tramo de {days} días lo cumplisteis: {kept} de 1.',
    other: 'En los últimos {count} tramos de {days} días lo cumplisteis en {kept} de ellos.',
  },
  'phrase.lapse.usual.day': {
    one: 'El día anterior lo cumplisteis en {kept} (alrededor del {pct} %, probablemente entre el {low} % y el {high} %).',
    other:
      'En los {count} días anteriores lo cumplisteis en {kept} (alrededor del {pct} %, probablemente entre el {low} % y el {high} %).',
  },
  'phrase.lapse.usual.week': {
    one: 'La semana anterior lo cumplisteis en {kept} (alrededor del {pct} %, probablemente entre el {low} % y el {high} %).',
    other:
      'En las {count} semanas anteriores lo cumplisteis en {kept} (alrededor del {pct} %, probablemente entre el {low} % y el {high} %).',
  },
  'phrase.lapse.usual.stretch': {
    one: 'En el tramo anterior de {days} días lo cumplisteis en {kept} (alrededor del {pct} %, probablemente entre el {low} % y el {high} %).',
    other:
      'En los {count} tramos anteriores de {days} días lo cumplisteis en {kept} (alrededor del {pct} %, probablemente entre el {low} % y el {high} %).',
  },
  'phrase.lapse.lapsed':
    'Cumplirlo tan pocas veces solo por azar pasaría unas {chance} veces de cada 100, así que parece una bajada real, no una mala racha. Vale la pena mirarlo juntos: ¿qué se interpuso?',
  'phrase.lapse.holding': 'Se mantiene.',
  'phrase.lapse.dip': 'Un bache así ocurre por azar unas {chance} veces de cada 100, así que no es un fallo.',
  'phrase.pick.new':
    'Elegimos «{idea}» porque todavía no lo habéis probado, así que puede salir mejor de lo que parece.',
  'phrase.pick.few': {
    one: 'Elegimos «{idea}» porque lo habéis probado una vez, así que aún queda mucho por descubrir.',
    other: 'Elegimos «{idea}» porque lo habéis probado {count} veces, así que aún queda mucho por descubrir.',
  },
  'phrase.pick.good':
    'Elegimos «{idea}» porque os ha ido bien: en {count} intentos, alrededor del {pct} % del camino hasta «nos encantó».',
  'phrase.pick.chance': {
    one: 'Tenía alrededor de un {pct} % de probabilidades como única idea en {domain} este mes; cada elección guarda algo de suerte, para que todas las ideas tengan su turno.',
    other:
      'Tenía alrededor de un {pct} % de probabilidades entre las {count} ideas de {domain} este mes; cada elección guarda algo de suerte, para que todas las ideas tengan su turno.',
  },
  'phrase.pick.backToNormal': 'Si no os funciona, volvéis a lo de siempre.',
  'phrase.snapshot.patterns':
    'Lo que teníais en marcha el {date}: hábitos {habits}, rituales {rituals}, anclas {anchors}.',
  'phrase.snapshot.mood': 'La satisfacción era de {satisfaction} sobre 10.',
  'phrase.snapshot.moodRatio':
    'La satisfacción era de {satisfaction} sobre 10, con {ratio} momentos amables por cada momento difícil.',
};
