/** English strings of the app lock on a shared device (Settings and the lock screen). */
export const enLock = {
  'lock.settingsTitle': 'App lock on this device',
  'lock.settingsIntro':
    'On a phone someone else may pick up, attune can lock itself after a while without use, and when you come back to it after that long. Unlock with your passkey or your password. It hides the app on this device; it does not encrypt anything, and you stay logged in.',
  'lock.after': 'Lock after',
  'lock.afterHint': 'Only on this device, only for you.',
  'lock.off': 'Never (off)',
  'lock.minutes': { one: '{count} minute without use', other: '{count} minutes without use' },
  'lock.now': 'Lock now',
  'lock.savedOn': 'Saved. attune locks itself on this device.',
  'lock.savedOff': 'Saved. The app lock is off on this device.',
  'lock.title': 'attune is locked',
  'lock.body':
    'It locked itself to keep what you wrote private on this device. Unlock to carry on where you were.',
  'lock.passkeyButton': 'Unlock with your passkey',
  'lock.passkeyFailed': 'That passkey did not unlock attune. Try again, or use your password.',
  'lock.orPassword': 'Or use your password:',
  'lock.password': 'Your password',
  'lock.unlockButton': 'Unlock',
  'lock.passwordMissing': 'Write your password to unlock.',
  'lock.wrongPassword': 'That password is not right. Try again, or log out below.',
  'lock.notYou': 'Not you, or the password slipped your mind? Log out: everything you wrote stays as it is.',
} as const;
