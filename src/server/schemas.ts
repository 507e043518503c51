import { Type } from 'typebox';
import { REASONS } from './errors.ts';
import { PHRASE_CODES } from './phrases.ts';

/** The body of every error response. */
export const ErrorBody = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.String(),
        message: Type.String(),
        field: Type.Optional(Type.String()),
        reason: Type.Optional(
          Type.Enum(REASONS, {
            description: 'For a field that failed the schema: why, for other languages.',
          }),
        ),
        limit: Type.Optional(
          Type.Number({ description: 'The bound that was crossed (length, size, count).' }),
        ),
        say: Type.Optional(
          Type.Object(
            {
              code: Type.Enum(PHRASE_CODES),
              params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
            },
            {
              additionalProperties: false,
              description: 'The message as a phrase code, for the web app to word in the reader’s language.',
            },
          ),
        ),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

/**
 * A local calendar day, YYYY-MM-DD, that exists: every date in a body, query or path uses this
 * schema, and its format ('local-date', registered in validation.ts) refuses 2026-02-30 with a
 * 400 naming the field before any route runs.
 */
export const LocalDate = Type.String({
  format: 'local-date',
  description: 'A local calendar day, YYYY-MM-DD.',
});

/**
 * Text a person writes: at least one character that is not a space (format 'non-blank',
 * validation.ts), so Enter on an empty form saves nothing.
 */
export const NonBlank = (options: { maxLength: number; description?: string }) =>
  Type.String({ ...options, format: 'non-blank' });
