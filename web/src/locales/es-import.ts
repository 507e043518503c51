import type { Message } from '../i18n.ts';
import type { enImport } from './en-import.ts';

/** Import problems in Spanish (see en-import.ts); `{detail}` stays in English. */
export const esImport: { readonly [K in keyof typeof enImport]: Message } = {
  'importProblem.file.tooLarge': 'El archivo ocupa {mb} MB; el máximo que se acepta son 50 MB.',
  'importProblem.file.binary':
    'Es un archivo binario (contiene bytes NUL), no una exportación de texto, CSV, JSON o zip.',
  'importProblem.file.notUtf8':
    'El archivo no es texto UTF-8 válido. Guárdalo como UTF-8 y vuelve a intentarlo.',
  'importProblem.file.empty': 'El archivo está vacío.',
  'importProblem.file.unreadable': 'No se pudo leer el archivo como {format}: {detail}',
  'importProblem.dates.orderUnknown':
    'El archivo nunca deja claro si sus fechas van con el día o con el mes primero; elige el orden.',
  'importProblem.csv.malformed': 'El CSV está mal formado: {detail}',
  'importProblem.csv.noHeader': 'El CSV no tiene línea de encabezado.',
  'importProblem.csv.missingColumns':
    'El CSV necesita las columnas {required} (opcionales: {optional}); faltan: {missing}.',
  'importProblem.json.malformed': 'El JSON está mal formado: {detail}',
  'importProblem.json.shape': 'El JSON debe ser una lista de entradas o un objeto con una lista "entries".',
  'importProblem.json.notObject': 'La entrada {n} no es un objeto.',
  'importProblem.json.unstorable':
    'El campo "{field}" de la entrada {n} contiene un carácter que no se puede guardar (un NUL, o medio emoji).',
  'importProblem.row.notADate': '"{value}" no es una fecha (usa 2023-04-12).',
  'importProblem.row.badDate': 'La fecha no es válida: {detail}.',
  'importProblem.row.unknownKind':
    'Tipo desconocido "{value}" (usa conflict, repair, promise, appreciation, gesture, life_event o note).',
  'importProblem.row.textNotString': 'El texto debe ser una cadena de caracteres.',
  'importProblem.row.textEmpty': 'El texto está vacío: una entrada necesita unas palabras.',
  'importProblem.row.intensity': 'intensity debe ser un número entero del 1 al 5, no {value}.',
  'importProblem.row.visibility': 'visibility debe ser shared o private, no "{value}".',
  'importProblem.row.state': 'state debe ser open, kept o broken, no "{value}".',
  'importProblem.row.badDue': 'La fecha límite no es válida: {detail}.',
  'importProblem.row.stateIgnored': 'state y due solo se aplican a promesas; aquí se ignoran.',
  'importProblem.entry.repairUnlinked':
    'No hay ningún conflicto abierto en los {days} días anteriores a esta reparación; se guarda sin vincular.',
  'importProblem.notebook.orderUnknown':
    'El archivo nunca deja claro si fechas como esta van con el día o con el mes primero; elige el orden abajo.',
  'importProblem.notebook.badLine': '{detail}',
  'importProblem.notebook.badDate': 'Esta línea parece una fecha pero no lo es: {detail}.',
  'importProblem.notebook.badDateSkipped': {
    one: 'Esta línea parece una fecha pero no lo es: {detail}. No se tomó nada de la línea siguiente hasta la próxima fecha válida.',
    other:
      'Esta línea parece una fecha pero no lo es: {detail}. No se tomó nada de las {count} líneas siguientes hasta la próxima fecha válida.',
  },
  'importProblem.notebook.undated':
    'Esta línea va antes de la primera fecha, así que no se importa. Para conservarla, pon una fecha encima (p. ej. "2023-04-12").',
  'importProblem.daylio.noHeader': 'La exportación de Daylio no tiene línea de encabezado.',
  'importProblem.daylio.noDate': 'Esta fila de Daylio no tiene una fecha válida.',
  'importProblem.daylio.unknownMood':
    'El estado de ánimo "{mood}" no es uno de los cinco de Daylio (rad, good, meh, bad, awful); su satisfacción queda vacía.',
  'importProblem.loop.zipUnreadable': 'No se pudo abrir el archivo zip: {detail}.',
  'importProblem.loop.notLoop':
    'Este zip no es una exportación CSV de Loop Habit Tracker: no tiene Habits.csv. Solo se pueden importar exportaciones de Loop desde un zip.',
  'importProblem.loop.habitsColumns': 'Habits.csv necesita las columnas Position y Name.',
  'importProblem.loop.noCheckmarks':
    'No se encontraron marcas para "{name}" (no hay {folder} …/Checkmarks.csv).',
  'importProblem.loop.notADate': '{where}: no es una fecha.',
  'importProblem.loop.unknownValue': '{where}: valor desconocido "{value}".',
};
