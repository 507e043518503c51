/**
 * Every problem an import reports, as a code with parameters: the web app words the code in the
 * reader's language (`importProblem.<code>` in web/src/locales); the command line and the API's
 * `message` use the English here. `{name}` placeholders are filled from the parameters. A
 * parameter called `detail` carries words from elsewhere (a date's or a library's complaint) that
 * stay English.
 */
export const IMPORT_MESSAGES = {
  'file.tooLarge': 'The file is {mb} MB; the largest file accepted is 50 MB.',
  'file.binary': 'This is a binary file (it contains NUL bytes), not a text, CSV, JSON or zip export.',
  'file.notUtf8': 'The file is not valid UTF-8 text. Save it as UTF-8 and try again.',
  'file.empty': 'The file is empty.',
  'file.unreadable': 'The file could not be read as {format}: {detail}',
  'dates.orderUnknown':
    'The file never shows whether its dates are day-first or month-first; choose the order.',
  'csv.malformed': 'The CSV is malformed: {detail}',
  'csv.noHeader': 'The CSV has no header line.',
  'csv.missingColumns': 'The CSV needs the columns {required} (optional: {optional}); missing: {missing}.',
  'json.malformed': 'The JSON is malformed: {detail}',
  'json.shape': 'The JSON must be an array of entries or an object with an "entries" array.',
  'json.notObject': 'Entry {n} is not an object.',
  'json.unstorable':
    'Entry {n}\'s "{field}" holds a character that can’t be saved (a NUL, or half of an emoji pair).',
  'row.notADate': '"{value}" is not a date (use 2023-04-12).',
  'row.badDate': 'The date is not valid: {detail}.',
  'row.unknownKind':
    'Unknown kind "{value}" (use conflict, repair, promise, appreciation, gesture, life_event or note).',
  'row.textNotString': 'The text must be a string.',
  'row.textEmpty': 'The text is empty: an entry needs a few words.',
  'row.intensity': 'intensity must be a whole number from 1 to 5, not {value}.',
  'row.visibility': 'visibility must be shared or private, not "{value}".',
  'row.state': 'state must be open, kept or broken, not "{value}".',
  'row.badDue': 'The due date is not valid: {detail}.',
  'row.stateIgnored': 'state and due apply to promises only; ignored here.',
  'entry.repairUnlinked': 'No open conflict in the {days} days before this repair; it is kept unlinked.',
  'notebook.orderUnknown':
    'The file never shows whether dates like this are day-first or month-first; choose the order (--date-order day-first|month-first).',
  'notebook.badLine': '{detail}',
  'notebook.badDate': 'This line is meant as a date but is not one: {detail}.',
  'notebook.badDateSkipped':
    'This line is meant as a date but is not one: {detail}. Nothing was taken from the {count} line(s) below it until the next valid date.',
  'notebook.undated':
    'This line comes before the first date, so it is not imported. To keep it, put a date above it (e.g. "2023-04-12").',
  'daylio.noHeader': 'The Daylio export has no header line.',
  'daylio.noDate': 'This Daylio row has no valid date.',
  'daylio.unknownMood':
    'The mood "{mood}" is not one of Daylio\'s default five (rad, good, meh, bad, awful); its satisfaction is left empty.',
  'loop.zipUnreadable': 'The zip file could not be opened: {detail}.',
  'loop.notLoop':
    'This zip is not a Loop Habit Tracker CSV export: it has no Habits.csv. Only Loop exports can be imported from a zip.',
  'loop.habitsColumns': 'Habits.csv needs the columns Position and Name.',
  'loop.noCheckmarks': 'No check-offs found for "{name}" (no {folder} …/Checkmarks.csv).',
  'loop.notADate': '{where}: not a date.',
  'loop.unknownValue': '{where}: unknown value "{value}".',
} as const;

export type ImportCode = keyof typeof IMPORT_MESSAGES;
export const IMPORT_CODES = Object.keys(IMPORT_MESSAGES) as ImportCode[];
export type ImportParams = Record<string, string | number>;
export interface ImportMessage {
  code: ImportCode;
  params: ImportParams;
}

export const say = (code: ImportCode, params: ImportParams = {}): ImportMessage => ({ code, params });

/** The English sentence of a code (for the command line and the API's `message`). */
export function english(m: ImportMessage): string {
  return IMPORT_MESSAGES[m.code].replace(/\{(\w+)\}/g, (whole, name: string) =>
    m.params[name] === undefined ? whole : String(m.params[name]),
  );
}
