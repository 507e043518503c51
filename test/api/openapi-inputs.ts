/*
 * Walks the OpenAPI document's inputs (path, query and JSON body) so a test can reach every field
 * of a kind, and builds a body that passes the schema, so that only the field under test is wrong.
 */

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
};

/** One input field: where it goes, its dotted path (as the API names it in errors) and schema. */
export interface Input {
  method: string;
  path: string;
  in: 'path' | 'query' | 'body';
  field: string;
  schema: JsonSchema;
  /** The operation's body schema and its path parameters, to build a request around the field. */
  body?: JsonSchema;
  pathParams: string[];
}

interface Doc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; schema: JsonSchema }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
}

/** Every string field of every operation's inputs. */
export function stringInputs(doc: Doc): Input[] {
  const out: Input[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const body = op.requestBody?.content['application/json']?.schema;
      const params = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
      const base = { method: method.toUpperCase(), path, body, pathParams };
      for (const p of params) {
        if (p.in !== 'path' && p.in !== 'query') continue;
        for (const s of strings(p.schema, p.name)) out.push({ ...base, in: p.in, ...s });
      }
      // A body that is a union of objects (a coach's suggestion: `kind` says what `fields` holds):
      // each field is tried inside its own branch, so the rest of the body agrees with it.
      const branches = body ? ((body.anyOf ?? body.oneOf)?.filter((b) => b.properties) ?? [body]) : [];
      for (const branch of branches)
        for (const s of strings(branch, '')) out.push({ ...base, body: branch, in: 'body', ...s });
    }
  }
  return out;
}

function strings(schema: JsonSchema, field: string): { field: string; schema: JsonSchema }[] {
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return options.flatMap((o) => strings(o, field));
  if (schema.type === 'string') return [{ field, schema }];
  if (schema.properties)
    return Object.entries(schema.properties).flatMap(([k, v]) => strings(v, field ? `${field}.${k}` : k));
  return [];
}

// Values for the patterns the API uses; a new pattern without one here fails the test loudly.
const PATTERN_SAMPLES = [
  '0190a000-0000-7000-8000-000000000000',
  'someone@example.com',
  '08:30',
  '2026-01',
  'A'.repeat(48),
];

/** A value that passes the schema (the first option of a union, the least of a range). */
export function sample(schema: JsonSchema, today: string): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const options = schema.anyOf ?? schema.oneOf;
  if (options) return sample(options.find((o) => o.type !== 'null') ?? options[0]!, today);
  switch (schema.type) {
    case 'string': {
      if (schema.format === 'local-date') return today;
      if (schema.pattern) {
        const re = new RegExp(schema.pattern, 'u');
        const hit = PATTERN_SAMPLES.find((s) => re.test(s));
        if (!hit) throw new Error(`no sample value for the pattern ${schema.pattern}`);
        return hit;
      }
      return 'a sample text'.padEnd(schema.minLength ?? 0, '.');
    }
    case 'integer':
    case 'number':
      return schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items ?? {}, today));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const k of schema.required ?? []) out[k] = sample(schema.properties?.[k] ?? {}, today);
      return out;
    }
    default:
      return null;
  }
}

/** A request whose every input passes, except `input`, which is `value`. */
export function requestWith(input: Input, value: string, today: string): { url: string; body?: unknown } {
  let url = input.path;
  for (const p of input.pathParams) {
    const v = input.in === 'path' && input.field === p ? value : p === 'date' ? today : PATTERN_SAMPLES[0]!;
    url = url.replace(`{${p}}`, encodeURIComponent(v));
  }
  if (input.in === 'query') url += `?${input.field}=${encodeURIComponent(value)}`;
  if (!input.body) return { url };
  const body = sample(input.body, today) as Record<string, unknown>;
  if (input.in === 'body') setPath(body, input.body, input.field, value, today);
  return { url, body };
}

/** Sets a dotted field, filling in an optional object on the way with what its schema requires. */
function setPath(
  target: Record<string, unknown>,
  schema: JsonSchema,
  dotted: string,
  value: unknown,
  today: string,
): void {
  const keys = dotted.split('.');
  let at = target;
  let s: JsonSchema | undefined = schema;
  keys.slice(0, -1).forEach((k, i) => {
    s = objectOf(s, k)?.properties?.[k];
    // Of a union, the branch that has the next field (a check-off's `date`, not a log entry's).
    if (typeof at[k] !== 'object' || at[k] === null)
      at[k] = sample(objectOf(s, keys[i + 1]!) ?? {}, today) ?? {};
    at = at[k] as Record<string, unknown>;
  });
  at[keys.at(-1)!] = value;
}

const objectOf = (s: JsonSchema | undefined, key: string): JsonSchema | undefined => {
  if (s?.properties) return s;
  const options = (s?.anyOf ?? s?.oneOf)?.filter((o) => o.properties);
  return options?.find((o) => key in o.properties!) ?? options?.[0];
};
