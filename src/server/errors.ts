import type { FastifyError, FastifyInstance, FastifySchemaValidationError } from 'fastify';
import { isUnavailable } from '../storage/db.ts';
import type { Phrase } from './phrases.ts';

/** Every error code the API answers with, and its status. One list, like fastify's FST_ERR_*. */
export const ERRORS = {
  invalid_input: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  no_couple: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  too_many_requests: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** Seconds a client waits before retrying while the database is out of reach. */
const RETRY_AFTER_S = 5;

/**
 * An error meant for the user: its message is shown as is, so it is specific and kind. `say` is
 * the same sentence as a phrase code, for the web app to word in the reader's language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly headers?: Record<string, string>;
  say?: Phrase;
  constructor(code: ErrorCode, message: string, field?: string, headers?: Record<string, string>) {
    super(message);
    this.code = code;
    this.field = field;
    this.headers = headers;
  }
  /** The same error, with its sentence as a phrase code. */
  saying(say: Phrase): this {
    this.say = say;
    return this;
  }
  get status(): number {
    return ERRORS[this.code];
  }
}

export const notFound = (what = 'That item') => new AppError('not_found', `${what} was not found.`);
export const invalid = (field: string, message: string, say?: Phrase) => {
  const e = new AppError('invalid_input', message, field);
  return say ? e.saying(say) : e;
};

/** What a value that fails one of our own formats (validation.ts) is told. */
const FORMAT_MESSAGES: Record<string, string> = {
  'local-date': 'is not a real calendar date (YYYY-MM-DD)',
  'non-blank': 'is empty: write a few words',
};

/**
 * Why a value failed the schema, as a code the web app words in the reader's language (the
 * English `message` stays for other clients); `limit` is the bound that was crossed.
 */
export const REASONS = [
  'required',
  'unknown_field',
  'wrong_form',
  'not_a_date',
  'blank',
  'too_long',
  'too_short',
  'too_large',
  'too_small',
  'too_many',
  'too_few',
  'not_one_of',
  'wrong_type',
] as const;
export type Reason = (typeof REASONS)[number];

const BY_KEYWORD: Record<string, Reason> = {
  required: 'required',
  additionalProperties: 'unknown_field',
  pattern: 'wrong_form',
  format: 'wrong_form',
  maxLength: 'too_long',
  minLength: 'too_short',
  maximum: 'too_large',
  exclusiveMaximum: 'too_large',
  minimum: 'too_small',
  exclusiveMinimum: 'too_small',
  maxItems: 'too_many',
  minItems: 'too_few',
  maxProperties: 'too_many',
  minProperties: 'too_few',
  enum: 'not_one_of',
  const: 'not_one_of',
  anyOf: 'not_one_of',
  type: 'wrong_type',
};

/** The reason code and bound of one Ajv error. */
export function reasonOf(keyword: string | undefined, params: Record<string, unknown>) {
  const format = keyword === 'format' ? String(params.format) : '';
  const reason: Reason | undefined =
    format === 'local-date' ? 'not_a_date' : format === 'non-blank' ? 'blank' : BY_KEYWORD[keyword ?? ''];
  const limit = typeof params.limit === 'number' ? params.limit : undefined;
  return { reason, limit };
}

type Branch = { properties?: Record<string, { const?: unknown; enum?: unknown[] }> };

/**
 * Of Ajv's errors, the one to name. For a union (anyOf) Ajv reports every branch's error, the
 * first branch's first: an entry of kind "log" with a wrong domain would be told the "checkoff"
 * branch's complaint. So the branch whose kind (its const or enum properties) the data has speaks.
 */
function chosenError(errors: FastifySchemaValidationError[]): FastifySchemaValidationError | undefined {
  const tagsOf = (branch: Branch) =>
    Object.entries(branch?.properties ?? {}).filter(([, p]) => 'const' in p || p.enum);
  // The outermost union of objects with a kind: Ajv reports a union nested in a branch (say a
  // nullable weekday in a ritual) before the union that holds it.
  const union = (errors as (FastifySchemaValidationError & { schema?: unknown; data?: unknown })[])
    .filter(
      (e) =>
        e.keyword === 'anyOf' &&
        Array.isArray(e.schema) &&
        (e.schema as Branch[]).some((b) => tagsOf(b).length > 0) &&
        !!e.data &&
        typeof e.data === 'object',
    )
    .sort((x, y) => x.instancePath.length - y.instancePath.length)[0];
  const data = union?.data;
  if (!union || !Array.isArray(union.schema) || !data || typeof data !== 'object') return errors[0];
  const branches = union.schema as Branch[];
  const chosen = branches.findIndex((branch) => {
    const tags = tagsOf(branch);
    return (
      tags.length > 0 &&
      tags.every(([k, p]) => {
        const value = (data as Record<string, unknown>)[k];
        return 'const' in p ? p.const === value : p.enum!.includes(value);
      })
    );
  });
  if (chosen < 0) {
    // No branch has this kind: the kind itself is what is wrong.
    const keys = new Set(branches.flatMap((b) => tagsOf(b).map(([k]) => k)));
    if (keys.size !== 1) return errors[0];
    const [key] = keys;
    const kinds = branches.flatMap((b) => tagsOf(b).flatMap(([, p]) => ('const' in p ? [p.const] : p.enum!)));
    return {
      ...union,
      keyword: 'enum',
      instancePath: `${union.instancePath}/${key}`,
      params: {},
      message: `must be one of: ${kinds.join(', ')}`,
    };
  }
  return errors.find((e) => e.schemaPath.startsWith(`${union.schemaPath}/${chosen}/`)) ?? errors[0];
}

/** The one error body: `{ error: { code, message, field? } }`. Never a stack or another person's data. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) reply.headers(error.headers);
      return reply
        .status(error.status)
        .send({ error: { code: error.code, message: error.message, field: error.field, say: error.say } });
    }
    if (error.validation) {
      const v = chosenError(error.validation);
      const params = (v?.params ?? {}) as Record<string, unknown>;
      const path = (v?.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.');
      const extra = (params.additionalProperty ?? params.missingProperty) as string | undefined;
      const field = [path, extra].filter(Boolean).join('.') || error.validationContext || 'body';
      const description = (v as { parentSchema?: { description?: string } } | undefined)?.parentSchema
        ?.description;
      const format = v?.keyword === 'format' ? FORMAT_MESSAGES[String(params.format)] : undefined;
      const message = format
        ? `"${field}" ${format}.`
        : v?.keyword === 'additionalProperties'
          ? `Unknown field "${field}".`
          : v?.keyword === 'required'
            ? `"${field}" is required.`
            : v?.keyword === 'pattern' || v?.keyword === 'format'
              ? `"${field}" is not in the right form${description ? `: ${description}` : ''}.`
              : `"${field}" ${v?.message ?? 'is not valid'}${description ? ` (${description})` : ''}.`;
      const { reason, limit } = reasonOf(v?.keyword, params);
      return reply.status(400).send({ error: { code: 'invalid_input', message, field, reason, limit } });
    }
    const status = error.statusCode ?? 500;
    if (status === 413) {
      return reply.status(413).send({
        error: {
          code: 'payload_too_large',
          message: 'That is more than the server takes at once: files to import can be up to 50 MB.',
        },
      });
    }
    if (status === 415) {
      return reply
        .status(415)
        .send({ error: { code: 'unsupported_media_type', message: 'Send the body as application/json.' } });
    }
    if (status === 400) {
      return reply
        .status(400)
        .send({ error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send({ error: { code: 'invalid_input', message: error.message } });
    }
    if (isUnavailable(error)) {
      // The database is restarting or out of reach: say when to try again; the pool reconnects.
      request.log.warn({ err: error }, 'database unavailable');
      return reply
        .status(503)
        .header('Retry-After', String(RETRY_AFTER_S))
        .send({
          error: {
            code: 'unavailable',
            message: 'attune cannot reach its database just now. Please try again in a few seconds.',
          },
        });
    }
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({
      error: {
        code: 'internal',
        message: 'Something went wrong on our side. Nothing was changed; please try again.',
      },
    });
  });
}
