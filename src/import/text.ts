/** Bytes to text, problems, fingerprints: the small pieces every importer shares. */
import { createHash } from 'node:crypto';
import { english, type ImportMessage, say } from './messages.ts';
import type { ImportProblem, ParsedEntry } from './types.ts';
import { MAX_IMPORT_BYTES } from './types.ts';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 text, stripping a BOM. Returns a whole-file problem instead for a file that is
 * empty, too large, or binary (NUL bytes or invalid UTF-8).
 */
export function decodeText(bytes: Uint8Array): { text: string } | { problem: ImportProblem } {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return { problem: fileProblem(say('file.tooLarge', { mb })) };
  }
  if (bytes.includes(0)) {
    return {
      problem: fileProblem(say('file.binary')),
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { problem: fileProblem(say('file.notUtf8')) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { problem: fileProblem(say('file.empty')) };
  return { text };
}

/** Splits text into lines, accepting LF, CRLF and lone CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

export function fileProblem(m: ImportMessage): ImportProblem {
  return { line: 0, text: '', message: english(m), ...m, severity: 'error' };
}

export function lineProblem(
  line: number,
  text: string,
  m: ImportMessage,
  severity: ImportProblem['severity'] = 'error',
): ImportProblem {
  const t = text.trim();
  return { line, text: t.length > 200 ? `${t.slice(0, 199)}…` : t, message: english(m), ...m, severity };
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Text compared for duplicates: NFC, lower case, whitespace collapsed. */
export function normalizeForFingerprint(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * Fingerprints entries in place: sha256 of `date|kind|normalized text`; the n-th identical entry
 * in one file gets `|n` appended so two real "Note: thanks" on one day both survive, while the
 * same file imported again yields the same fingerprints.
 */
export function fingerprintEntries(entries: ParsedEntry[]): void {
  const seen = new Map<string, number>();
  for (const e of entries) {
    const key = `${e.date}|${e.kind}|${normalizeForFingerprint(e.text)}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    e.fingerprint = sha256(n === 1 ? key : `${key}|${n}`);
  }
}

/** Same idea for any row: fingerprint of its parts, numbered on repeats. */
export function fingerprintRows<T extends { fingerprint: string }>(rows: T[], key: (row: T) => string): void {
  const seen = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    r.fingerprint = sha256(n === 1 ? k : `${k}|${n}`);
  }
}
