import { ApiError, errorMessage } from '../api/client.ts';

/**
 * Splits a failed request into what goes next to a field and what goes at the top of the form.
 * `fields` are the names this form shows; an error naming another field goes to the top.
 */
export function splitError(
  error: unknown,
  fields: readonly string[],
): { form: string | null; field: Record<string, string> } {
  if (!error) return { form: null, field: {} };
  if (error instanceof ApiError && error.field) {
    const name = error.field.split('.')[0]!;
    if (fields.includes(name)) return { form: null, field: { [name]: errorMessage(error) } };
  }
  return { form: errorMessage(error), field: {} };
}
