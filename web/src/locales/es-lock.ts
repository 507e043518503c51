/** Spanish strings of the app lock (see en-lock.ts). */
export const esLock = {
  'lock.settingsTitle': 'Bloqueo de la app en este dispositivo',
  'lock.settingsIntro':
    'En un teléfono que otra persona puede coger, attune puede bloquearse tras un rato sin uso, y también al volver a ella después de ese tiempo. Se desbloquea con tu llave de acceso o tu contraseña. Oculta la app en este dispositivo; no cifra nada y sigues con la sesión iniciada.',
  'lock.after': 'Bloquear tras',
  'lock.afterHint': 'Solo en este dispositivo y solo para ti.',
  'lock.off': 'Nunca (desactivado)',
  'lock.minutes': {
    one: '{count} minuto sin uso',
    many: '{count} minutos sin uso',
    other: '{count} minutos sin uso',
  },
  'lock.now': 'Bloquear ahora',
  'lock.savedOn': 'Guardado. attune se bloqueará en este dispositivo.',
  'lock.savedOff': 'Guardado. El bloqueo está desactivado en este dispositivo.',
  'lock.title': 'attune está bloqueada',
  'lock.body':
    'Se ha bloqueado para que lo que escribiste siga siendo privado en este dispositivo. Desbloquéala para seguir donde estabas.',
  'lock.passkeyButton': 'Desbloquear con tu llave de acceso',
  'lock.passkeyFailed':
    'Esa llave de acceso no ha desbloqueado attune. Inténtalo de nuevo o usa tu contraseña.',
  'lock.orPassword': 'O usa tu contraseña:',
  'lock.password': 'Tu contraseña',
  'lock.unlockButton': 'Desbloquear',
  'lock.passwordMissing': 'Escribe tu contraseña para desbloquear.',
  'lock.wrongPassword': 'Esa contraseña no es correcta. Inténtalo de nuevo o cierra la sesión más abajo.',
  'lock.notYou':
    '¿No eres tú, o no recuerdas la contraseña? Cierra la sesión: todo lo que escribiste se queda como está.',
} as const;
