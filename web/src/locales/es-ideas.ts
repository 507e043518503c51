import type { enIdeas } from './en-ideas.ts';

/** The starter ideas in Spanish (see en-ideas.ts). */
export const esIdeas: { readonly [K in keyof typeof enIdeas]: string } = {
  'idea.starter-communication-01':
    'Dad un paseo juntos sin móviles y haceos una pregunta que nunca os hayáis hecho.',
  'idea.starter-communication-02': 'Contaos durante la cena el mejor y el peor momento de vuestro día.',
  'idea.starter-communication-03':
    'Escribíos una nota corta sobre algo que notasteis y os gustó esta semana.',
  'idea.starter-communication-04': 'Pasad diez minutos cada uno describiendo un sueño que teníais de niños.',
  'idea.starter-communication-05':
    'Preguntad «¿Qué te ronda la cabeza últimamente de lo que no hemos hablado?» y simplemente escuchad.',
  'idea.starter-communication-06':
    'Intercambiad una canción que signifique algo para vosotros y contad por qué.',
  'idea.starter-communication-07': 'Mirad juntos fotos antiguas y contad la historia de una de ellas.',
  'idea.starter-communication-08': 'Desayunad en la cama y hablad de la semana que viene.',
  'idea.starter-communication-09':
    'Decid cada uno en voz alta tres cosas del otro por las que estáis agradecidos.',
  'idea.starter-communication-10':
    'Probad una tarde «sin consejos»: cuando uno cuenta una preocupación, el otro solo pregunta y escucha.',
  'idea.starter-communication-11': 'Leed el mismo relato o artículo corto y comentadlo después.',
  'idea.starter-communication-12': 'Planead sobre el papel un viaje futuro, solo por el gusto de imaginarlo.',
  'idea.starter-communication-13':
    'Enviad un mensaje de voz a media jornada para decir que estáis pensando en el otro.',
  'idea.starter-communication-14':
    'Sentaos fuera cuando anochezca y hablad de dónde queréis estar cada uno dentro de cinco años.',
  'idea.starter-communication-15': 'Pídele a tu pareja que te enseñe algo que conoce bien.',
  'idea.starter-communication-16': 'Jugad veinte minutos a un juego de cartas de preguntas para parejas.',
  'idea.starter-intimacy-01': 'Bailad despacio en la cocina una canción de cuando os conocisteis.',
  'idea.starter-intimacy-02': 'Daos un masaje de manos o pies de diez minutos, sin prisa.',
  'idea.starter-intimacy-03': 'Cocinad juntos una receta nueva a la luz de las velas.',
  'idea.starter-intimacy-04': 'Id a la cama una hora antes juntos, con los móviles en otra habitación.',
  'idea.starter-intimacy-05': 'Recread vuestra primera cita lo más fielmente que podáis.',
  'idea.starter-intimacy-06': 'Daos un baño o una ducha juntos con música.',
  'idea.starter-intimacy-07': 'Abrazaos largo rato, veinte segundos o más, al veros después del trabajo.',
  'idea.starter-intimacy-08':
    'Escribid un deseo cada uno, intercambiadlos y haced que uno se cumpla este mes.',
  'idea.starter-intimacy-09': 'Pasad una tarde de caricias sin que tengan que llevar a nada más.',
  'idea.starter-intimacy-10': 'Planea una tarde sorpresa para tu pareja en torno a algo que le encanta.',
  'idea.starter-intimacy-11': 'Mirad juntos el amanecer o la puesta de sol en algún sitio nuevo.',
  'idea.starter-intimacy-12': 'Besaos un minuto entero antes de salir de casa por la mañana.',
  'idea.starter-intimacy-13': 'Dile a tu pareja qué te resulta atractivo de ella hoy, en concreto.',
  'idea.starter-intimacy-14': 'Haced un picnic en casa, en el suelo del salón.',
  'idea.starter-intimacy-15': 'Probad una clase de baile, yoga o masaje para dos.',
  'idea.starter-intimacy-16': 'Pasad una noche fuera de casa, aunque sea a unas calles.',
  'idea.starter-conflict_resolution-01':
    'Acordad una palabra que cualquiera de los dos pueda decir para hacer una pausa de 20 minutos en una conversación acalorada.',
  'idea.starter-conflict_resolution-02':
    'Después de un desacuerdo, decid cada uno una cosa en la que el otro tenía razón.',
  'idea.starter-conflict_resolution-03':
    'Probad el turno de hablante y oyente: uno habla y el otro resume antes de responder.',
  'idea.starter-conflict_resolution-04':
    'Empezad una conversación difícil con «Me siento … con … y necesito …».',
  'idea.starter-conflict_resolution-05':
    'Haced cada semana un repaso de quince minutos de las pequeñas molestias antes de que crezcan.',
  'idea.starter-conflict_resolution-06':
    'Escribid vuestra versión de una discusión que se repite, intercambiadlas y leed la del otro.',
  'idea.starter-conflict_resolution-07':
    'Terminad una discusión preguntando «¿Qué te ayudaría a sentirte mejor ahora mismo?».',
  'idea.starter-conflict_resolution-08':
    'Sentaos uno al lado del otro en lugar de frente a frente para una charla difícil.',
  'idea.starter-conflict_resolution-09':
    'Acordad no sacar discusiones antiguas durante una semana y fijaos en cómo os sienta.',
  'idea.starter-conflict_resolution-10':
    'Cuando haya tensión, nombrad algo que apreciáis antes de responder.',
  'idea.starter-conflict_resolution-11': 'Dad un paseo mientras habláis de algo difícil; moverse ayuda.',
  'idea.starter-conflict_resolution-12':
    'Elegid un tema que se repite y pensad diez soluciones absurdas antes de una de verdad.',
  'idea.starter-conflict_resolution-13':
    'Probad una disculpa por escrito: qué pasó, cómo le afectó y qué haréis la próxima vez.',
  'idea.starter-conflict_resolution-14':
    'Antes de reaccionar, preguntad una vez «¿Me cuentas más sobre eso?».',
  'idea.starter-conflict_resolution-15':
    'Poned un temporizador y dad a cada uno cinco minutos sin interrupciones para explicar su punto de vista.',
  'idea.starter-conflict_resolution-16':
    'Reparad con un pequeño gesto el mismo día: una taza de té, una caricia, un mensaje amable.',
  'idea.starter-logistics-01':
    'Haced media hora de planificación el domingo con un café: las comidas de la semana, los recados y algo bonito.',
  'idea.starter-logistics-02':
    'Intercambiad una tarea habitual durante una semana y ved cómo la hace el otro.',
  'idea.starter-logistics-03': 'Haced una lista compartida de las tareas invisibles que lleva cada uno.',
  'idea.starter-logistics-04': 'Probad a cocinar en cantidad juntos una tarde de fin de semana.',
  'idea.starter-logistics-05': 'Montad un calendario compartido con un color para lo de cada uno.',
  'idea.starter-logistics-06': 'Recoged juntos la casa quince minutos por la tarde, con música.',
  'idea.starter-logistics-07': 'Planead un día «sin recados» y haced solo lo que os guste a los dos.',
  'idea.starter-logistics-08': 'Resolved juntos esta semana una tarea de casa que lleva tiempo pendiente.',
  'idea.starter-logistics-09':
    'Probad una nueva rutina de compra: uno planifica, el otro compra, y luego cambiad.',
  'idea.starter-logistics-10': 'Poned en la cocina un pequeño «bote de gracias» para las tareas que notáis.',
  'idea.starter-logistics-11': 'Acordad una cita mensual para el presupuesto, con algo dulce en la mesa.',
  'idea.starter-logistics-12': 'Ordenad juntos un cajón o una estantería y daos un premio después.',
  'idea.starter-logistics-13': 'Probad una semana en la que cada uno se encarga de la cena ciertas noches.',
  'idea.starter-logistics-14': 'Escribid una lista corta de cómo es un buen fin de semana para cada uno.',
  'idea.starter-logistics-15': 'Preparad juntos la mañana siguiente la noche anterior.',
  'idea.starter-logistics-16':
    'Montad una rutina que os ahorre diez minutos al día a cada uno y probadla dos semanas.',
};
