/** English strings of reminders (settings) and of the notifications themselves (see public/sw.js). */
export const enReminders = {
  'reminders.title': 'Reminders',
  'reminders.intro':
    'A gentle nudge on your phone at the times you choose; nothing is sent unless you switch it on. Reminders never show what you wrote.',
  'reminders.devices.none': 'No device of yours receives reminders yet.',
  'reminders.devices.some': {
    one: 'Reminders reach one device of yours.',
    other: 'Reminders reach {count} devices of yours.',
  },
  'reminders.device.allow': 'Allow reminders on this device',
  'reminders.device.stop': 'Stop reminders on this device',
  'reminders.device.test': 'Send a test reminder',
  'reminders.device.refused':
    'This browser did not allow notifications. You can allow them for attune in the browser’s site settings, then try again.',
  'reminders.device.failed': 'This device could not be set up for reminders: {reason}',
  'reminders.device.unsupported':
    'This browser cannot receive reminders. On an iPhone, add attune to the Home Screen first. The calendar feed (under Rituals) works everywhere.',
  'reminders.device.blocked':
    'Notifications are blocked for attune in this browser. Allow them in the browser’s site settings to get reminders here.',
  'reminders.checkin': 'Remind me of my check-in (only if I have not done it yet)',
  'reminders.habits': 'Nudge me about today’s habits (only while one is still open)',
  'reminders.rituals': 'Remind me of our rituals at their own times',
  'reminders.experiments': 'While an experiment runs: remind me to rate the day',
  'reminders.checkinAt': 'Check-in reminder time',
  'reminders.habitsAt': 'Habits nudge time',
  'reminders.quiet': 'Quiet hours: nothing at all between',
  'reminders.quietFrom': 'From',
  'reminders.quietTo': 'Until',
  'reminders.save': 'Save reminders',
  'reminders.saved': 'Saved. Reminders follow your time zone.',
};
