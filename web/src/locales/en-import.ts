/**
 * Import problems by code (src/import/messages.ts). `{detail}` is a date's or a file library's own
 * complaint, which stays English.
 */
export const enImport = {
  'importProblem.file.tooLarge': 'The file is {mb} MB; the largest file accepted is 50 MB.',
  'importProblem.file.binary':
    'This is a binary file (it contains NUL bytes), not a text, CSV, JSON or zip export.',
  'importProblem.file.notUtf8': 'The file is not valid UTF-8 text. Save it as UTF-8 and try again.',
  'importProblem.file.empty': 'The file is empty.',
  'importProblem.file.unreadable': 'The file could not be read as {format}: {detail}',
  'importProblem.dates.orderUnknown':
    'The file never shows whether its dates are day-first or month-first; choose the order.',
  'importProblem.csv.malformed': 'The CSV is malformed: {detail}',
  'importProblem.csv.noHeader': 'The CSV has no header line.',
  'importProblem.csv.missingColumns':
    'The CSV needs the columns {required} (optional: {optional}); missing: {missing}.',
  'importProblem.json.malformed': 'The JSON is malformed: {detail}',
  'importProblem.json.shape': 'The JSON must be an array of entries or an object with an "entries" array.',
  'importProblem.json.notObject': 'Entry {n} is not an object.',
  'importProblem.json.unstorable':
    'Entry {n}’s "{field}" holds a character that can’t be saved (a NUL, or half of an emoji pair).',
  'importProblem.row.notADate': '"{value}" is not a date (use 2023-04-12).',
  'importProblem.row.badDate': 'The date is not valid: {detail}.',
  'importProblem.row.unknownKind':
    'Unknown kind "{value}" (use conflict, repair, promise, appreciation, gesture, life_event or note).',
  'importProblem.row.textNotString': 'The text must be a string.',
  'importProblem.row.textEmpty': 'The text is empty: an entry needs a few words.',
  'importProblem.row.intensity': 'intensity must be a whole number from 1 to 5, not {value}.',
  'importProblem.row.visibility': 'visibility must be shared or private, not "{value}".',
  'importProblem.row.state': 'state must be open, kept or broken, not "{value}".',
  'importProblem.row.badDue': 'The due date is not valid: {detail}.',
  'importProblem.row.stateIgnored': 'state and due apply to promises only; ignored here.',
  'importProblem.entry.repairUnlinked':
    'No open conflict in the {days} days before this repair; it is kept unlinked.',
  'importProblem.notebook.orderUnknown':
    'The file never shows whether dates like this are day-first or month-first; choose the order below.',
  'importProblem.notebook.badLine': '{detail}',
  'importProblem.notebook.badDate': 'This line is meant as a date but is not one: {detail}.',
  'importProblem.notebook.badDateSkipped': {
    one: 'This line is meant as a date but is not one: {detail}. Nothing was taken from the line below it until the next valid date.',
    other:
      'This line is meant as a date but is not one: {detail}. Nothing was taken from the {count} lines below it until the next valid date.',
  },
  'importProblem.notebook.undated':
    'This line comes before the first date, so it is not imported. To keep it, put a date above it (e.g. "2023-04-12").',
  'importProblem.daylio.noHeader': 'The Daylio export has no header line.',
  'importProblem.daylio.noDate': 'This Daylio row has no valid date.',
  'importProblem.daylio.unknownMood':
    'The mood "{mood}" is not one of Daylio’s default five (rad, good, meh, bad, awful); its satisfaction is left empty.',
  'importProblem.loop.zipUnreadable': 'The zip file could not be opened: {detail}.',
  'importProblem.loop.notLoop':
    'This zip is not a Loop Habit Tracker CSV export: it has no Habits.csv. Only Loop exports can be imported from a zip.',
  'importProblem.loop.habitsColumns': 'Habits.csv needs the columns Position and Name.',
  'importProblem.loop.noCheckmarks': 'No check-offs found for "{name}" (no {folder} …/Checkmarks.csv).',
  'importProblem.loop.notADate': '{where}: not a date.',
  'importProblem.loop.unknownValue': '{where}: unknown value "{value}".',
} as const;
