import type { Message } from '../i18n.ts';
import type { enRefusals } from './en-refusals.ts';

/** The server's refusals in Spanish (see en-refusals.ts). */
export const esRefusals: { readonly [K in keyof typeof enRefusals]: Message } = {
  // Compartidas entre áreas
  'phrase.refuse.before1970': 'No se admiten fechas anteriores a 1970.',
  'phrase.refuse.notYourDomain': '«{value}» no es uno de vuestros ámbitos. Añadidlo primero, o elegid otro.',
  'phrase.refuse.notYourMetric':
    '«{value}» no es una de vuestras medidas del check-in (o todavía no está aceptada).',
  'phrase.refuse.cue': 'Nombra el momento al que sigue, p. ej. «Después de servir el café».',
  'phrase.refuse.startWithin': {
    one: 'Empezad dentro del próximo día.',
    other: 'Empezad dentro de los próximos {count} días.',
  },
  'phrase.refuse.twoDecimals': 'Usa como mucho dos decimales, p. ej. 1,5 o 0,25.',
  'phrase.refuse.paceFull': {
    one: 'Vuestro ritmo en {domain} es de {count} cambio a la vez, y «{action}» todavía se está asentando. Graduadlo o pausadlo primero, o decidid juntos subir el ritmo.',
    other:
      'Vuestro ritmo en {domain} es de {count} cambios a la vez, y «{action}» todavía se está asentando. Graduadlo o pausadlo primero, o decidid juntos subir el ritmo.',
  },
  // El registro
  'phrase.refuse.conflictGone': 'No se encontró ese conflicto. Elige uno de vuestro registro.',
  // Check-ins y medidas
  'phrase.refuse.scaleOrder': 'El máximo de la escala tiene que estar por encima del mínimo.',
  'phrase.refuse.metricRange': '{name} va de {min} a {max}; {value} queda fuera.',
  'phrase.refuse.metricNotWaiting': 'Esa medida ya no está pendiente de aceptar.',
  'phrase.refuse.metricRetired': 'Esa medida ya está retirada.',
  'phrase.refuse.monthAnswered':
    'Ya has respondido las preguntas de este mes. Las siguientes llegan el mes que viene.',
  'phrase.refuse.noNote': 'No hay ninguna nota que compartir o guardar en privado.',
  // Rituales
  'phrase.refuse.ritualWeekday': 'Un ritual semanal necesita un día de la semana.',
  'phrase.refuse.ritualDayOfMonth': 'Este ritual necesita un día del mes (del 1 al 28).',
  'phrase.refuse.ritualFuture': 'Un ritual no se puede hacer en un día que todavía no ha llegado.',
  'phrase.refuse.ritualWeekLate': 'Un ritual se puede marcar como hecho hasta una semana después.',
  'phrase.refuse.ritualOff': 'Ese ritual está desactivado. Activadlo primero.',
  // Hábitos
  'phrase.refuse.habitResting': 'Este hábito no está activo; reanúdalo para volver a marcar días.',
  'phrase.refuse.thanksAlready': 'Ya diste las gracias por esta.',
  'phrase.refuse.habitStart': {
    one: 'Empieza dentro del último día o de los próximos {ahead}.',
    other: 'Empieza dentro de los últimos {count} días o de los próximos {ahead}.',
  },
  'phrase.refuse.targetYesNo':
    'Este hábito es de sí o no; para contar algo, empieza un hábito nuevo con un objetivo.',
  'phrase.refuse.retireReason':
    'Unas palabras sobre el porqué ayudan más adelante: ¿qué faltó en el ciclo de entrenamiento?',
  'phrase.refuse.pickWeekday': 'Elige al menos un día de la semana.',
  'phrase.refuse.targetPositive': 'Un objetivo es un número mayor que 0, p. ej. 20 (minutos).',
  'phrase.refuse.targetMax': 'Un objetivo es como mucho {max}.',
  'phrase.refuse.targetUnit': 'Nombra lo que cuentas, p. ej. «minutos» o «páginas».',
  'phrase.refuse.amountMissing': '¿Cuánto hoy? Escribe la cantidad en {unit}.',
  'phrase.refuse.amountNegative': 'Una cantidad es 0 o más {unit}.',
  'phrase.refuse.amountMax': 'Una cantidad es como mucho {max}.',
  // Anclas, periodos de estrés, roles y el archivo
  'phrase.refuse.anchorName': 'Poned un nombre al ancla, p. ej. «Noche de cita».',
  'phrase.refuse.anchorFromLog': 'Esta ancla se cumple con entradas del registro; añadid una al registro.',
  'phrase.refuse.stressFromLifeEvent':
    'Un periodo de estrés se abre desde una entrada de acontecimiento vital.',
  'phrase.refuse.stressShareFirst':
    'Comparte primero este acontecimiento con tu pareja; un periodo de estrés es de los dos.',
  'phrase.refuse.stressName': 'Nombrad lo que está pasando, p. ej. «Bebé nuevo».',
  'phrase.refuse.stressOpenedOn': 'Un periodo de estrés se abre hoy o en un día que ya ha pasado.',
  'phrase.refuse.stressOpen': 'Ya hay un periodo de estrés abierta; cerradla antes de abrir otra.',
  'phrase.refuse.stressClosed': 'Este periodo de estrés ya está cerrado.',
  'phrase.refuse.crisisOn': 'El modo crisis ya está activado.',
  'phrase.refuse.roleName': 'Nombra el rol, p. ej. «amante» o «copadre».',
  'phrase.refuse.archiveHabitGone':
    'Ese hábito ya no está aquí; empezadlo de nuevo desde la pantalla de hábitos.',
  'phrase.refuse.archiveHabitActive': 'Ese hábito ya forma parte de vuestros días.',
  'phrase.refuse.archiveRitual': 'Ese ritual ya está activado, o ya no está aquí.',
  'phrase.refuse.archiveAnchor': 'Esa ancla sigue con vosotros.',
  // El espacio de pareja y las invitaciones
  'phrase.refuse.timeZone':
    '«{value}» no es una zona horaria que conozcamos. Prueba una como «Europe/Madrid».',
  'phrase.refuse.inCouple': 'Ya estás en un espacio de pareja.',
  'phrase.refuse.coachNotPartner': 'Una cuenta de coach no se une a una pareja como miembro.',
  'phrase.refuse.partnerJoined': 'Tu pareja ya se ha unido.',
  'phrase.refuse.waitMinutes': {
    one: 'Demasiados intentos. Espera un minuto y vuelve a probar.',
    other: 'Demasiados intentos. Espera {count} minutos y vuelve a probar.',
  },
  'phrase.refuse.inviteWrong': 'Ese código de invitación no es correcto. Compruébalo con tu pareja.',
  'phrase.refuse.inviteUsed': 'Ese código de invitación ya se ha usado. Pide uno nuevo a tu pareja.',
  'phrase.refuse.inviteExpired': 'Ese código de invitación ha caducado. Pide uno nuevo a tu pareja.',
  'phrase.refuse.coupleFull': 'Ese espacio de pareja ya tiene a sus dos miembros.',
  'phrase.refuse.domainLetters': 'Un ámbito necesita al menos una letra o un número.',
  'phrase.refuse.domainExists': 'Ya tenéis un ámbito llamado «{value}».',
  // Experimentos
  'phrase.refuse.experimentNotRunning': 'Este experimento no está en marcha.',
  'phrase.refuse.experimentTitle':
    'Nombrad el comportamiento que queréis probar, p. ej. «Móviles en el cajón durante la cena».',
  'phrase.refuse.invitePartnerFirst':
    'Invita primero a tu pareja: un experimento empieza cuando los dos lo aceptáis.',
  'phrase.refuse.primaryMeasured': 'La medida principal ya se mide.',
  'phrase.refuse.blindNeedsDoer':
    'Para hacerlo a ciegas, uno de vosotros hace el comportamiento B y el otro puntúa sin saber la fase.',
  'phrase.refuse.settlingDays': {
    one: 'Con fases de {days} días, como mucho {count} día de asentamiento deja dos días para comparar.',
    other: 'Con fases de {days} días, como mucho {count} días de asentamiento dejan dos días para comparar.',
  },
  'phrase.refuse.metricBusy':
    '«{title}» ya está en marcha sobre {metric}. Dos experimentos sobre una misma medida se enturbiarían; detenedlo o esperad a que termine el {date}.',
  'phrase.refuse.experimentNotWaiting': 'Este experimento ya no está esperando que lo aceptéis.',
  'phrase.refuse.experimentAccepted': 'Ya lo has aceptado; falta tu pareja.',
  'phrase.refuse.partnerChanged': 'Tu pareja acaba de cambiar este experimento; échale otro vistazo.',
  'phrase.refuse.stopReason': 'Di en pocas palabras por qué, para que quede constancia.',
  'phrase.refuse.nextStepAfter':
    'El siguiente paso llega después de los resultados, cuando el experimento haya terminado o se haya detenido.',
  'phrase.refuse.nextStepChosen': 'Ya elegisteis el siguiente paso de este experimento.',
  'phrase.refuse.rerunLonger': {
    one: 'Hacedlo durar más de {count} día por fase.',
    other: 'Hacedlo durar más de {count} días por fase.',
  },
  'phrase.refuse.partnerChoseNext': 'Tu pareja acaba de elegir un siguiente paso; échale otro vistazo.',
  // Exploración
  'phrase.refuse.ideaText': 'Escribe la idea en pocas palabras.',
  'phrase.refuse.ideaGone': 'Esa idea no está entre vuestras ideas.',
  'phrase.refuse.tryStart': 'Un intento empieza hoy o en un día que ya ha pasado.',
  'phrase.refuse.tryCheckOn': 'Elegid un día posterior al comienzo para decidir si os lo quedáis.',
  'phrase.refuse.tryKept': 'Ya decidisteis sobre esta: os la quedasteis.',
  'phrase.refuse.tryBack': 'Ya decidisteis sobre esta: volvisteis a lo de siempre.',
  // Alineación
  'phrase.refuse.quarterNotBegun': '{quarter} todavía no ha empezado; este trimestre es {current}.',
  'phrase.refuse.rewardText': 'Una recompensa necesita unas palabras.',
  'phrase.refuse.rewardTwice': '«{value}» está dos veces en la lista.',
  'phrase.refuse.submitRewards': 'Antes de enviar, apunta al menos una recompensa que buscas.',
  'phrase.refuse.submitDomains': 'Antes de enviar, ordena los ámbitos que te importan.',
  'phrase.refuse.roundExists': 'Ya hay una ronda para {quarter}.',
  'phrase.refuse.roundSubmitted': 'Ya enviaste tu respuesta en esta ronda; se queda tal como la enviaste.',
  'phrase.refuse.revealFirst':
    'Las medidas compartidas salen de la puesta en común, cuando los dos hayáis enviado la vuestra.',
  // Coach
  'phrase.refuse.coachLinkEnded': 'Ese vínculo con la coach ha terminado; invitadla de nuevo si queréis.',
  'phrase.refuse.partnerNotCoach':
    'Un miembro de un espacio de pareja no puede ser coach con la misma cuenta.',
  'phrase.refuse.alreadyCoach': 'Esta cuenta ya es una cuenta de coach.',
  'phrase.refuse.coachCodeWrong': 'Ese código de invitación no es correcto. Compruébalo con la pareja.',
  'phrase.refuse.coachCodeGone':
    'Ese código de invitación se usó, se retiró o ha caducado. Pide uno nuevo a la pareja.',
  'phrase.refuse.sessionHeld': 'Una sesión se apunta una vez celebrada.',
  'phrase.refuse.suggestionAnswered': 'Esa sugerencia ya tiene respuesta.',
  // Reconocimiento, aprendizajes, recordatorios, importación
  'phrase.refuse.hintGone': 'Esa pista ya no está entre tus pistas; vuelve a cargarlas.',
  'phrase.refuse.creditEntry': 'El mérito es de tu pareja: elige una de sus entradas.',
  'phrase.refuse.creditCheckoff': 'El mérito es de tu pareja: elige una de sus marcas.',
  'phrase.refuse.creditDone': 'Ya hiciste el repaso de esta noche. Hasta mañana por la noche.',
  'phrase.refuse.failureAnalysisFor':
    'Un análisis de lo que falló es para un hábito que retirasteis o un experimento que detuvisteis o descartasteis.',
  'phrase.refuse.quietHours': 'Las horas de silencio necesitan un inicio y un final.',
  'phrase.refuse.fileBroken': 'El archivo no llegó entero. Vuelve a elegirlo.',
  // Cuenta y llaves de acceso
  'phrase.refuse.emailTaken': 'Ya existe una cuenta con este correo. Inicia sesión.',
  'phrase.refuse.passwordWrong': 'Esa contraseña no es correcta.',
  'phrase.refuse.currentPasswordWrong': 'Tu contraseña actual no es correcta.',
  'phrase.refuse.passkeyExpired':
    'Esta solicitud para añadir una llave de acceso ha caducado. Empieza de nuevo.',
  'phrase.refuse.passkeyUnchecked':
    'No se pudo comprobar la respuesta de tu dispositivo, así que no se añadió ninguna llave de acceso. Vuelve a intentarlo.',
  'phrase.refuse.passkeyAdded': 'Esta llave de acceso ya está añadida.',
  'phrase.refuse.signInExpired': 'Este inicio de sesión ha caducado. Empieza de nuevo.',
  'phrase.refuse.unlockExpired': 'Este desbloqueo ha caducado. Vuelve a intentarlo.',
  'phrase.refuse.noPasskey': 'Todavía no tienes ninguna llave de acceso. Desbloquea con tu contraseña.',
  // Segunda pasada
  'phrase.refuse.waitSeconds': {
    one: 'Demasiados intentos. Espera un segundo y vuelve a probar.',
    other: 'Demasiados intentos. Espera {count} segundos y vuelve a probar.',
  },
  'phrase.refuse.submitOptimizingFor': 'Antes de enviar, escribe unas palabras sobre qué estás optimizando.',
  'phrase.refuse.submitSuccessMeans':
    'Antes de enviar, escribe unas palabras sobre qué significa el éxito para ti.',
  'phrase.refuse.submitRewardsSought':
    'Antes de enviar, escribe unas palabras sobre las recompensas que buscas.',
  'phrase.refuse.submitStand': 'Antes de enviar, di dónde te sitúas en cada escala.',
  'phrase.refuse.domainRankedTwice': '«{value}» está dos veces en la clasificación.',
  'phrase.refuse.habitAlready.active': 'Este hábito ya está activo.',
  'phrase.refuse.habitAlready.paused': 'Este hábito ya está en pausa.',
  'phrase.refuse.habitAlready.graduated': 'Este hábito ya se ha graduado.',
  'phrase.refuse.habitAlready.retired': 'Este hábito ya está retirado.',
  'phrase.refuse.coupleDomain': '«{value}» no es uno de los ámbitos de la pareja.',
  'phrase.refuse.coupleMetric': '«{value}» no es una de las medidas del check-in de la pareja.',
  'phrase.refuse.metricNotAccepted': 'Esa medida no es una de vuestras medidas aceptadas.',
  'phrase.refuse.historyOrder': 'Empieza en el último día o antes.',
  'phrase.refuse.historyMax': {
    one: 'Pide como mucho {count} día cada vez.',
    other: 'Pide como mucho {count} días cada vez.',
  },
  'phrase.refuse.passkeyNotYours':
    'Esta llave de acceso no es tuya, así que no puede desbloquear attune aquí. Usa tu propia llave de acceso o tu contraseña.',
  'phrase.refuse.passkeyNotCheckedUnlock':
    'No se pudo comprobar esta llave de acceso. Vuelve a intentarlo, o desbloquea con tu contraseña.',
  'phrase.refuse.passkeyNotCheckedLogIn':
    'No se pudo comprobar esta llave de acceso. Vuelve a intentarlo, o inicia sesión con tu contraseña.',
  'phrase.refuse.tooManyAccounts':
    'Demasiadas cuentas nuevas desde esta dirección. Vuelve a intentarlo más tarde.',
  'phrase.refuse.importProblems': {
    one: 'No se importó nada: el archivo tiene un problema, en la línea {line}. La vista previa muestra cuál es.',
    other:
      'No se importó nada: el archivo tiene {count} problemas; el primero está en la línea {line}. La vista previa muestra cuáles son.',
  },
};
