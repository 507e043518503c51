import fc from 'fast-check';

/*
 * JSON Schema → fast-check arbitrary, for the subset TypeBox emits in our OpenAPI document, and
 * the mutations that turn a valid request into an invalid one. Values stay small (short strings,
 * at most a few array items) so a couple hundred requests per operation run in seconds.
 */

export type Schema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  minProperties?: number;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

export interface Context {
  /** Days around today, as YYYY-MM-DD, for `local-date`. */
  today: string;
  /** Ids seen in earlier 2xx responses, so `{id}` and `…Id` fields reach real rows. */
  ids: () => string[];
}

// Values for the other patterns the API uses; a new pattern without one fails loudly.
const PATTERN_VALUES: [RegExp, fc.Arbitrary<string>][] = [
  [/@/, fc.stringMatching(/^[a-z]{1,8}@example\.com$/)],
  [/\[01\]\\d\|2\[0-3\]/, fc.stringMatching(/^([01]\d|2[0-3]):[0-5]\d$/)],
  [/\{48\}/, fc.stringMatching(/^[A-Za-z0-9_-]{48}$/)],
  [/\\d\{4\}-\(0/, fc.stringMatching(/^20(2[4-7])-(0[1-9]|1[0-2])$/)],
  [/Q\[1-4\]/, fc.stringMatching(/^202[4-7]-Q[1-4]$/)],
];

export function dateNear(today: string, days: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function idArb(ctx: Context): fc.Arbitrary<string> {
  const fresh = fc.uuid({ version: 7 });
  // Chosen when the value is drawn, so ids collected after this arbitrary was built count too.
  return fc.oneof(
    fresh,
    fc.nat().map((n) => {
      const ids = ctx.ids();
      return ids.length ? ids[n % ids.length]! : '0190a000-0000-7000-8000-000000000000';
    }),
  );
}

function stringArb(s: Schema, ctx: Context): fc.Arbitrary<string> {
  if (s.format === 'local-date') return fc.integer({ min: -40, max: 40 }).map((n) => dateNear(ctx.today, n));
  if (s.format === 'email') return fc.stringMatching(/^[a-z]{1,8}@example\.com$/);
  if (s.format === 'uuid') return idArb(ctx);
  if (s.pattern) {
    if (s.pattern.includes('[0-9a-f]{8}') || s.pattern.includes('{36}')) {
      // Some patterns also take a word (a built-in domain) or a starter idea's key.
      if (s.pattern.startsWith('^([a-z]+|'))
        return fc.oneof(idArb(ctx), fc.constantFrom('communication', 'intimacy', 'fun'));
      if (s.pattern.includes('starter-'))
        return fc.oneof(idArb(ctx), fc.stringMatching(/^starter-[a-z_]{1,10}-\d{2}$/));
      return idArb(ctx);
    }
    // base64url (passkey ids, push keys), as long as the schema asks.
    if (s.pattern.startsWith('^[A-Za-z0-9_-]+')) {
      const min = Math.max(1, s.minLength ?? 1);
      const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'.split('');
      return fc
        .array(fc.constantFrom(...chars), {
          minLength: min,
          maxLength: Math.min(s.maxLength ?? min + 40, min + 40),
        })
        .map((cs) => cs.join(''));
    }
    const hit = PATTERN_VALUES.find(([re]) => re.test(s.pattern!));
    if (!hit) throw new Error(`no arbitrary for the pattern ${s.pattern}`);
    return hit[1];
  }
  const minLength = s.minLength ?? 0;
  const maxLength = Math.min(s.maxLength ?? 40, Math.max(minLength, 40));
  const text = fc.string({ minLength, maxLength, unit: 'grapheme' });
  // Text a person writes holds at least one letter.
  if (s.format === 'non-blank')
    return fc
      .tuple(fc.constantFrom('a', 'Ö', '💛'), text)
      .map(([c, t]) => (c + t).slice(0, Math.max(1, maxLength)))
      .filter((t) => /\S/u.test(t) && t.length >= minLength);
  return text;
}

function numberArb(s: Schema, integer: boolean): fc.Arbitrary<number> {
  const lo =
    s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : -1000);
  const hi =
    s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : 1000);
  if (integer) return fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) });
  return fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
}

/** An arbitrary of values that pass the schema. */
export function arbitrary(s: Schema, ctx: Context): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  const options = s.anyOf ?? s.oneOf;
  if (options) return fc.oneof(...options.map((o) => arbitrary(o, ctx)));
  if (Array.isArray(s.type)) return fc.oneof(...s.type.map((t) => arbitrary({ ...s, type: t }, ctx)));
  switch (s.type) {
    case 'string':
      return stringArb(s, ctx);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = s.minItems ?? 0;
      const maxLength = Math.min(s.maxItems ?? minLength + 3, minLength + 3);
      const items = arbitrary(s.items ?? {}, ctx);
      return s.uniqueItems
        ? fc.uniqueArray(items, { minLength, maxLength, selector: (v) => JSON.stringify(v) })
        : fc.array(items, { minLength, maxLength });
    }
    case 'object': {
      const props = Object.fromEntries(
        Object.entries(s.properties ?? {}).map(([k, v]) => [k, arbitrary(v, ctx)]),
      );
      const record = fc.record(props, { requiredKeys: s.required ?? [] });
      const extra =
        typeof s.additionalProperties === 'object'
          ? // Keyed by id (a check-in's metrics): the document cannot say so (no patternProperties).
            fc.dictionary(idArb(ctx), arbitrary(s.additionalProperties, ctx), {
              maxKeys: 3,
            })
          : fc.constant({});
      return fc
        .tuple(extra, record)
        .map(([x, r]) => ({ ...x, ...r }))
        .filter((o) => Object.keys(o).length >= (s.minProperties ?? 0));
    }
    default:
      return fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

/* ---------- mutations ---------- */

export type MutationKind =
  | 'wrong type'
  | 'missing field'
  | 'unknown field'
  | 'too long'
  | 'out of range'
  | 'impossible date';
export const MUTATIONS: MutationKind[] = [
  'wrong type',
  'missing field',
  'unknown field',
  'too long',
  'out of range',
  'impossible date',
];

type Json = unknown;
type Site = { path: string[]; value: Json };

/** Every value inside `v` with its path (the root has the empty path). */
function sites(v: Json, path: string[] = []): Site[] {
  const here: Site = { path, value: v };
  if (Array.isArray(v)) return [here, ...v.flatMap((x, i) => sites(x, [...path, String(i)]))];
  if (v && typeof v === 'object')
    return [here, ...Object.entries(v).flatMap(([k, x]) => sites(x, [...path, k]))];
  return [here];
}

function setAt(root: Json, path: string[], value: Json | typeof REMOVE): Json {
  if (path.length === 0) return value === REMOVE ? undefined : value;
  const copy = structuredClone(root) as Record<string, Json>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string, Json>;
  const last = path.at(-1)!;
  if (value === REMOVE) {
    if (Array.isArray(at)) at.splice(Number(last), 1);
    else delete at[last];
  } else at[last] = value;
  return copy;
}
const REMOVE = Symbol('remove');

const wrongTypeOf = (v: Json): Json =>
  typeof v === 'string'
    ? 12345
    : typeof v === 'number'
      ? 'not a number'
      : typeof v === 'boolean'
        ? 'yes'
        : v === null
          ? { unexpected: true }
          : 'not an object';

/**
 * One mutation of a part of a request (a JSON body, or the query or path params as an object),
 * or null when the part offers nothing for this kind. Returns the changed part and the field it
 * aimed at, dotted as the API names fields in errors.
 */
export function mutate(
  part: Json,
  kind: MutationKind,
  pick: number,
  text: boolean,
): { value: Json; field: string; also?: string } | null {
  const all = sites(part);
  const choose = (xs: Site[]) => (xs.length ? xs[pick % xs.length]! : null);
  const field = (p: string[]) => p.join('.');
  switch (kind) {
    case 'wrong type': {
      // A query or path value is text by nature: only a number or flag can have the wrong type.
      const s = choose(all.filter((x) => x.path.length > 0 && (!text || typeof x.value !== 'string')));
      if (!s) return null;
      const wrong = text ? 'not-a-number' : wrongTypeOf(s.value);
      return { value: setAt(part, s.path, wrong), field: field(s.path) };
    }
    case 'missing field': {
      const s = choose(all.filter((x) => x.path.length > 0 && !/^\d+$/.test(x.path.at(-1)!)));
      if (!s) return null;
      const value = setAt(part, s.path, REMOVE);
      // An object left empty is wrong as a whole (minProperties): the error names the object.
      const parent = s.path.slice(0, -1);
      const emptied = parent.reduce((o, k) => (o as Record<string, Json>)[k], value);
      const whole = emptied && typeof emptied === 'object' && Object.keys(emptied).length === 0;
      return { value, field: field(s.path), ...(whole ? { also: field(parent) } : {}) };
    }
    case 'unknown field': {
      const s = choose(all.filter((x) => x.value && typeof x.value === 'object' && !Array.isArray(x.value)));
      const path = s ? [...s.path, 'unexpectedField'] : ['unexpectedField'];
      if (!s && part !== undefined) return null;
      return { value: setAt(part ?? {}, path, text ? 'x' : 1), field: field(path) };
    }
    case 'too long': {
      const s = choose(all.filter((x) => typeof x.value === 'string'));
      return s && { value: setAt(part, s.path, 'x'.repeat(text ? 401 : 10_001)), field: field(s.path) };
    }
    case 'out of range': {
      const s = choose(
        all.filter((x) => typeof x.value === 'number' || (text && /^-?\d+$/.test(String(x.value)))),
      );
      if (!s) return null;
      const huge = pick % 2 === 0 ? 1e9 : -1e9;
      return { value: setAt(part, s.path, text ? String(huge) : huge), field: field(s.path) };
    }
    case 'impossible date': {
      const s = choose(all.filter((x) => typeof x.value === 'string' && /^\d{4}-\d\d-\d\d$/.test(x.value)));
      return s && { value: setAt(part, s.path, '2026-02-30'), field: field(s.path) };
    }
  }
}
