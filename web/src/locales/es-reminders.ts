/** Spanish strings of reminders (see en-reminders.ts). */
export const esReminders = {
  'reminders.title': 'Recordatorios',
  'reminders.intro':
    'Un aviso suave en tu teléfono a las horas que elijas; no se envía nada si no lo activas. Los recordatorios nunca muestran lo que escribiste.',
  'reminders.devices.none': 'Ningún dispositivo tuyo recibe recordatorios todavía.',
  'reminders.devices.some': {
    one: 'Los recordatorios llegan a un dispositivo tuyo.',
    other: 'Los recordatorios llegan a {count} dispositivos tuyos.',
  },
  'reminders.device.allow': 'Permitir recordatorios en este dispositivo',
  'reminders.device.stop': 'Dejar de recibirlos en este dispositivo',
  'reminders.device.test': 'Enviar un recordatorio de prueba',
  'reminders.device.refused':
    'Este navegador no permitió las notificaciones. Puedes permitirlas para attune en los ajustes del sitio del navegador y volver a intentarlo.',
  'reminders.device.failed': 'No se pudo preparar este dispositivo para los recordatorios: {reason}',
  'reminders.device.unsupported':
    'Este navegador no puede recibir recordatorios. En un iPhone, añade attune a la pantalla de inicio primero. El calendario (en Rituales) funciona en todas partes.',
  'reminders.device.blocked':
    'Las notificaciones de attune están bloqueadas en este navegador. Permítelas en los ajustes del sitio para recibir recordatorios aquí.',
  'reminders.checkin': 'Recordarme mi registro diario (solo si aún no lo hice)',
  'reminders.habits': 'Avisarme de los hábitos de hoy (solo mientras quede alguno)',
  'reminders.rituals': 'Recordarme nuestros rituales a su hora',
  'reminders.experiments': 'Mientras dure un experimento: recordarme valorar el día',
  'reminders.checkinAt': 'Hora del recordatorio del registro',
  'reminders.habitsAt': 'Hora del aviso de hábitos',
  'reminders.quiet': 'Horas de silencio: nada en absoluto entre',
  'reminders.quietFrom': 'Desde',
  'reminders.quietTo': 'Hasta',
  'reminders.save': 'Guardar recordatorios',
  'reminders.saved': 'Guardado. Los recordatorios siguen tu zona horaria.',
};
