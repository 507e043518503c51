import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import { isCalendarDate } from '../dates.ts';
import { unstorableAt } from '../storage/text.ts';
import { invalid } from './errors.ts';

/*
 * Bodies are validated strictly: no type coercion, no silently dropped fields (every object
 * schema says additionalProperties: false). Query strings and path params are text by nature,
 * so they alone are coerced ("?limit=20" → 20).
 */
function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    coerceTypes: coerce ? 'array' : false,
    removeAdditional: false,
    useDefaults: true,
    allErrors: false,
    verbose: true, // keeps the failing schema, whose description makes the error message human
    strict: false,
  });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  ajv.addFormat('local-date', { type: 'string', validate: isCalendarDate });
  ajv.addFormat('non-blank', { type: 'string', validate: (s: string) => /\S/u.test(s) });
  return ajv;
}

export function registerValidation(app: FastifyInstance): void {
  const strict = makeAjv(false);
  const coercing = makeAjv(true);
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strict : coercing;
    return ajv.compile(schema);
  });
  // One rule for text on both databases, before any schema or route sees it (storage/text.ts).
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, query: request.query, body: request.body };
    for (const [part, value] of Object.entries(parts)) {
      const at = unstorableAt(value);
      if (at === null) continue;
      const field = at || part;
      throw invalid(
        field,
        `"${field}" holds a character that can’t be saved (a NUL, or half of an emoji pair). Remove it and try again.`,
      );
    }
  });
}
