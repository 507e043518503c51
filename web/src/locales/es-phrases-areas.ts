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
  'phrase.history.experiment.running':
    'Un experimento ({design}, fases de {days} días) del {from} al {to}, todavía en marcha.',
  'phrase.history.experiment.ended':
    'Un experimento ({design}, fases de {days} días) del {from} al {to}, terminado.',
  'phrase.history.experiment.stopped':
    'Un experimento ({design}, fases de {days} días) previsto del {from} al {to}, detenido antes de tiempo.',
  'phrase.history.experiment.stoppedOn': 'Se detuvo el {date}.',
  'phrase.history.experiment.stoppedBecause': 'Se detuvo el {date}: {reason}',
  'phrase.history.experiment.next.adopt': 'Decidisteis adoptarlo.',
  'phrase.history.experiment.next.drop': 'Decidisteis dejarlo.',
  'phrase.history.experiment.next.rerun': 'Decidisteis repetirlo.',
  'phrase.history.experiment.blind':
    'Sus fases siguen ocultas para ti hasta que termine (lo valoras a ciegas).',
  'phrase.history.habitStarted.title': 'Empezado: {action}',
  'phrase.history.habitStarted.both': 'Un hábito nuevo para los dos: {cue}, {action}.',
  'phrase.history.habitStarted.one': 'Un hábito nuevo para {name}: {cue}, {action}.',
  'phrase.history.habitGraduated.title': 'Consolidado: {action}',
  'phrase.history.habitGraduated': {
    one: 'Tras {count} día, «{action}» se volvió lo bastante automático como para dejar de seguirlo.',
    other: 'Tras {count} días, «{action}» se volvió lo bastante automático como para dejar de seguirlo.',
  },
  'phrase.history.habitRetired.title': 'Retirado: {action}',
  'phrase.history.habitRetired': {
    one: '«{action}» se retiró tras {count} día.',
    other: '«{action}» se retiró tras {count} días.',
  },
  'phrase.history.habitRetiredBecause': {
    one: '«{action}» se retiró tras {count} día: {reason}',
    other: '«{action}» se retiró tras {count} días: {reason}',
  },
  'phrase.history.lapseIsInformation': 'Un fallo es información: ¿qué faltaba?',
  'phrase.history.stress.days': {
    one: 'Una época de estrés: {name}, {count} día.',
    other: 'Una época de estrés: {name}, {count} días.',
  },
  'phrase.history.stress.weeks': {
    one: 'Una época de estrés: {name}, {count} semana.',
    other: 'Una época de estrés: {name}, {count} semanas.',
  },
  'phrase.history.stress.months': {
    one: 'Una época de estrés: {name}, {count} mes.',
    other: 'Una época de estrés: {name}, {count} meses.',
  },
  'phrase.history.stress.ongoing.days': {
    one: 'Una época de estrés: {name}, todavía abierta, {count} día hasta ahora.',
    other: 'Una época de estrés: {name}, todavía abierta, {count} días hasta ahora.',
  },
  'phrase.history.stress.ongoing.weeks': {
    one: 'Una época de estrés: {name}, todavía abierta, {count} semana hasta ahora.',
    other: 'Una época de estrés: {name}, todavía abierta, {count} semanas hasta ahora.',
  },
  'phrase.history.stress.ongoing.months': {
    one: 'Una época de estrés: {name}, todavía abierta, {count} mes hasta ahora.',
    other: 'Una época de estrés: {name}, todavía abierta, {count} meses hasta ahora.',
  },
  'phrase.history.stress.watched': 'Las anclas se vigilaron de cerca.',
  'phrase.history.stress.crisis': 'Las anclas se vigilaron de cerca; modo crisis desde el {date}.',
  'phrase.history.anchor.title': 'Ancla: {name}',
  'phrase.history.anchor.daily': 'Nombrasteis «{name}» como algo que mantener, cada día.',
  'phrase.history.anchor.weekly': {
    one: 'Nombrasteis «{name}» como algo que mantener, una vez por semana.',
    other: 'Nombrasteis «{name}» como algo que mantener, {count} veces por semana.',
  },
  'phrase.history.anchor.other': {
    one: 'Nombrasteis «{name}» como algo que mantener, una vez cada {days} días.',
    other: 'Nombrasteis «{name}» como algo que mantener, {count} veces cada {days} días.',
  },
  'phrase.history.anchorLapsed.title': 'Fallo: {name}',
  'phrase.history.anchorLapsed':
    '«{name}» ocurrió menos de lo acordado desde el {from} (se notó el {noticed}).',
  'phrase.history.anchorLapsed.back': 'Volvió a su ritmo el {date}.',
  'phrase.history.anchorLapsed.notBack': 'Todavía no ha vuelto a su ritmo.',
  'phrase.history.anchorLapsed.info': 'Un fallo es información, no un fracaso.',
  'phrase.history.ritual.title': 'Ritual: {title}',
  'phrase.history.ritual.daily': '{title}, cada día.',
  'phrase.history.ritual.weekly': '{title}, cada semana.',
  'phrase.history.ritual.monthly': '{title}, cada mes.',
  'phrase.history.ritual.quarterly': '{title}, cada tres meses.',
  'phrase.history.ritual.inactive': 'Ya no está activo.',
  'phrase.rule.higher':
    'Lo daremos por útil si {metric} es más alto en los días B que en los días A con la claridad suficiente para que, barajando los inicios de fase como podría haberlos colocado nuestro sorteo, una diferencia así de grande salga menos del {alphaPct} % de las veces (prueba de aleatorización unilateral, p < {alpha}), y si un día B supera a un día A en al menos el {napPct} % de las comparaciones (NAP ≥ {nap}). La imagen especular lo da por perjudicial; cualquier otra cosa es «no hay pruebas suficientes». Al lado se muestra Tau-BC (la misma comparación quitando la tendencia previa), y Tau-U solo como referencia.',
  'phrase.rule.lower':
    'Lo daremos por útil si {metric} es más bajo en los días B que en los días A con la claridad suficiente para que, barajando los inicios de fase como podría haberlos colocado nuestro sorteo, una diferencia así de grande salga menos del {alphaPct} % de las veces (prueba de aleatorización unilateral, p < {alpha}), y si un día B supera a un día A en al menos el {napPct} % de las comparaciones (NAP ≥ {nap}). La imagen especular lo da por perjudicial; cualquier otra cosa es «no hay pruebas suficientes». Al lado se muestra Tau-BC (la misma comparación quitando la tendencia previa), y Tau-U solo como referencia.',
  'phrase.meter.never':
    'Este diseño tiene demasiado pocos calendarios posibles para dar nunca un resultado claro (la p más pequeña posible es {smallest}); alargarlo ayudaría.',
  'phrase.meter.notYet': {
    one: '{rated} de {count} día valorado hasta ahora: aún no basta para distinguir un cambio del azar.',
    other: '{rated} de {count} días valorados hasta ahora: aún no basta para distinguir un cambio del azar.',
  },
  'phrase.meter.barely': {
    one: '{rated} de {count} día valorado: basta para un primer vistazo, aún no para una respuesta firme.',
    other:
      '{rated} de {count} días valorados: basta para un primer vistazo, aún no para una respuesta firme.',
  },
  'phrase.meter.enough': {
    one: '{rated} de {count} día valorado: suficiente para que decida la regla.',
    other: '{rated} de {count} días valorados: suficiente para que decida la regla.',
  },
  'phrase.reason.helps': 'p ≤ {p} está por debajo de {alpha} y NAP = {nap} es al menos {threshold}.',
  'phrase.reason.hurts':
    'p ≤ {p} (hacia peor) está por debajo de {alpha} y NAP = {nap} es como mucho {threshold}.',
  'phrase.reason.neverReach':
    'Este calendario nunca podría llegar a p < {alpha} (la p más pequeña posible es {smallest}); hacen falta fases más largas o más fases.',
  'phrase.reason.chance':
    'p ≤ {p} no está por debajo de {alpha}: una diferencia de este tamaño sale a menudo por azar.',
  'phrase.reason.napClose':
    'La prueba de barajado apunta en un sentido, pero NAP = {nap} está demasiado cerca de 0,5 para contar como un cambio claro.',
  'phrase.result.notYet': 'Todavía no hay pruebas suficientes en ningún sentido.',
  'phrase.result.phaseEmpty': 'La fase {phase} no tiene días valorados que comparar.',
  'phrase.result.phaseOneDay': 'La fase {phase} solo tiene un día valorado que comparar.',
  'phrase.result.noB': 'No se llegó a ninguna fase B.',
  'phrase.result.napHigher':
    'Dentro de cada par de fases A→B comparamos cada día B con cada día A: en el {pct} % de esas comparaciones el día B fue más alto (NAP {nap}; un 50 % significaría que no hay diferencia).',
  'phrase.result.napLower':
    'Dentro de cada par de fases A→B comparamos cada día B con cada día A: en el {pct} % de esas comparaciones el día B fue más bajo (NAP {nap}; un 50 % significaría que no hay diferencia).',
  'phrase.result.meanUp': {
    one: 'De media, los días B estuvieron {diff} punto más altos.',
    other: 'De media, los días B estuvieron {diff} puntos más altos.',
  },
  'phrase.result.meanDown': {
    one: 'De media, los días B estuvieron {diff} punto más bajos.',
    other: 'De media, los días B estuvieron {diff} puntos más bajos.',
  },
  'phrase.result.shuffle':
    'Barajando los inicios de fase como podría haberlos colocado vuestro sorteo, una diferencia así de grande sale unas {chance} veces de cada 100 (p = {p}).',
  'phrase.result.shuffleRare':
    'Barajando los inicios de fase como podría haberlos colocado vuestro sorteo, una diferencia así de grande sale menos de una vez de cada 1000 (p = {p}).',
  'phrase.result.helps': 'Según la regla que fijasteis antes de empezar, este cambio ayuda.',
  'phrase.result.hurts': 'Según la regla que fijasteis antes de empezar, este cambio empeoró las cosas.',
  'phrase.result.unclear':
    'Según la regla que fijasteis antes de empezar, no hay pruebas suficientes en ningún sentido.',
  'phrase.result.worthKnowing': 'Vale la pena saberlo; no es un fracaso.',
  'phrase.result.tau':
    'Quitando la tendencia previa (Tau-BC de Tarlow), la comparación da {tauBC} (0 significa que no hay diferencia, 1 que todos los días B fueron mejores). Tau-U ({tauU}) se muestra solo como referencia: simulaciones de sus propios autores encontraron que puede confundir.',
  'phrase.result.tauDisagrees':
    'Tau-BC apunta en sentido contrario a NAP: parte de la diferencia puede ser una tendencia que ya venía de antes.',
  'phrase.result.approximate':
    'Faltan algunos días o el experimento se detuvo antes, así que la prueba de barajado usó solo los días valorados: tomad el valor p como aproximado.',
  'phrase.result.fewDays': {
    one: 'Con {count} día valorado estas cifras aún son inciertas.',
    other: 'Con {count} días valorados estas cifras aún son inciertas.',
  },
  'phrase.blind.none':
    'No se registró ninguna apuesta sobre la fase, así que no se sabe si el ciego se mantuvo.',
  'phrase.blind.leaked': {
    one: '{right} de {count} apuesta fue correcta, más de lo que daría el azar (p = {p}): probablemente el ciego se filtró, así que leed el resultado teniéndolo en cuenta.',
    other:
      '{right} de {count} apuestas fueron correctas, más de lo que daría el azar (p = {p}): probablemente el ciego se filtró, así que leed el resultado teniéndolo en cuenta.',
  },
  'phrase.blind.held': {
    one: '{right} de {count} apuesta fue correcta, más o menos lo que da el azar: el ciego parece haberse mantenido.',
    other:
      '{right} de {count} apuestas fueron correctas, más o menos lo que da el azar: el ciego parece haberse mantenido.',
  },
  'phrase.dateOrder.chosenDay': 'Elegiste fechas con el día primero.',
  'phrase.dateOrder.chosenMonth': 'Elegiste fechas con el mes primero.',
  'phrase.dateOrder.dayFirst': {
    one: 'Una fecha tiene el primer número mayor que 12 (línea {line}: «{text}»), así que el día va primero.',
    other:
      '{count} fechas tienen el primer número mayor que 12 (la primera en la línea {line}: «{text}»), así que el día va primero.',
  },
  'phrase.dateOrder.monthFirst': {
    one: 'Una fecha tiene el segundo número mayor que 12 (línea {line}: «{text}»), así que el mes va primero.',
    other:
      '{count} fechas tienen el segundo número mayor que 12 (la primera en la línea {line}: «{text}»), así que el mes va primero.',
  },
  'phrase.dateOrder.against': {
    one: 'Una fecha solo tiene sentido al revés (línea {line}: «{text}»); es un error.',
    other:
      '{count} fechas solo tienen sentido al revés (la primera en la línea {line}: «{text}»); son errores.',
  },
  'phrase.dateOrder.none':
    'Ninguna fecha necesita un orden de día y mes: todas son ISO (2023-04-12) o nombran su mes.',
  'phrase.dateOrder.disagrees': {
    one: 'El archivo se contradice: una fecha solo se lee con el día primero (línea {line}: «{text}») y otra solo con el mes primero (línea {otherLine}: «{otherText}»).',
    other:
      'El archivo se contradice: {count} fechas solo se leen con el día primero (la primera en la línea {line}: «{text}») y otras tantas solo con el mes primero (la primera en la línea {otherLine}: «{otherText}»).',
  },
  'phrase.dateOrder.unknown':
    'Ninguna fecha del archivo muestra si va primero el día o el mes (todos los números son 12 o menos, p. ej. línea {line}: «{text}»).',
  'phrase.dateOrder.choose':
    'De momento las fechas se muestran con el mes primero; elige el orden antes de importar.',
  'phrase.dateOrder.noDates': 'No se leyó ninguna fecha.',
  'phrase.dateOrder.loop': 'Loop escribe fechas ISO (2023-04-12), así que no hizo falta ningún orden.',
  'phrase.dateOrder.daylio':
    'Daylio escribe fechas ISO (full_date) o un año y el nombre del mes, así que no hizo falta ningún orden.',
  'reminders.test.none':
    'Todavía no hay ningún dispositivo tuyo que reciba recordatorios: actívalos primero en este dispositivo.',
  'reminders.test.sent': {
    one: 'Enviado a tu dispositivo; debería aparecer en unos segundos.',
    other: 'Enviado a tus {count} dispositivos; debería aparecer en unos segundos.',
  },
  'reminders.test.partial': {
    one: 'Enviado a {sent} de {count} dispositivo; los demás no respondieron (un dispositivo que ya no existe se olvida).',
    other:
      'Enviado a {sent} de {count} dispositivos; los demás no respondieron (un dispositivo que ya no existe se olvida).',
  },
  'phrase.refuse.notADate': '{value} no es una fecha real del calendario.',
  'phrase.refuse.anchorOncePerDay':
    'Un ancla se cumple como mucho una vez al día, así que las veces no pueden superar los días.',
  'phrase.refuse.anchorOnlyLower':
    'Durante una época de estrés un ancla solo se puede rebajar; subidla cuando las cosas se calmen.',
  'phrase.refuse.anchorKeepDuringStress':
    'Durante una época de estrés un ancla se puede rebajar, pero no quitar: es lo que os mantiene cerca ahora mismo.',
  'phrase.refuse.checkoffFuture': 'No se puede marcar un día que todavía no ha pasado.',
  'phrase.refuse.checkoffClosed': {
    one: 'Las marcas se pueden cambiar durante {count} día; ese día ya se cerró.',
    other: 'Las marcas se pueden cambiar durante {count} días; ese día ya se cerró.',
  },
  'phrase.refuse.beforeAnchorStart': 'Ese día es anterior al comienzo de esta ancla.',
  'phrase.refuse.beforeHabitStart': 'Ese día es anterior al comienzo de este hábito.',
  'phrase.refuse.moreThanDaily': {
    one: '{count} vez en {days} días es más de una vez al día; bájalo.',
    other: '{count} veces en {days} días es más de una vez al día; bájalo.',
  },
  'phrase.refuse.notTiny':
    '«{action}» es una buena meta, pero todavía no es una acción diminuta que se haga en dos minutos. Probad una versión tan pequeña que cuente incluso en un mal día.',
  'phrase.refuse.entryFuture': 'Una entrada no puede tener una fecha futura.',
  'phrase.refuse.dueBeforeMade': 'Una promesa no puede vencer antes del día en que se hizo.',
  'phrase.refuse.checkinFuture': 'Un check-in no puede ser de un día que todavía no ha llegado.',
  'phrase.refuse.checkinClosed': {
    one: 'Los check-ins se pueden rellenar o cambiar durante {count} día. Este día ya lo ha pasado, así que se queda como estaba (o como un hueco): un día que falta es información, no un fracaso.',
    other:
      'Los check-ins se pueden rellenar o cambiar durante {count} días. Este día ya lo ha pasado, así que se queda como estaba (o como un hueco): un día que falta es información, no un fracaso.',
  },
  'phrase.refuse.checkinEmpty': 'Responde al menos una pregunta, o escribe una nota.',
  'phrase.refuse.experimentPast': 'Un experimento empieza hoy o más adelante, nunca en el pasado.',
  'phrase.refuse.experimentFar': 'Empezad dentro de los próximos {count} días.',
  'phrase.refuse.experimentEnded': 'Este experimento ya ha terminado.',
  'phrase.refuse.experimentStopped': 'Este experimento ya se ha detenido.',
  'phrase.refuse.outsideExperiment': 'Ese día queda fuera del experimento (del {from} al {to}).',
  'phrase.refuse.dayNotYet': 'Ese día todavía no ha llegado.',
  'phrase.refuse.dayPassed': {
    one: 'Un día se puede rellenar durante {count} día; este ya lo ha pasado.',
    other: 'Un día se puede rellenar durante {count} días; este ya lo ha pasado.',
  },
  'phrase.refuse.noIdeas': 'Todavía no hay ideas en {domain}; añadid primero una vuestra.',
};
