import createClient from 'openapi-fetch';
import { isMessageKey, locale, t } from '../i18n.ts';
import { type Phrase, sayPhrase } from '../ui/phrases.ts';
import type { paths } from './schema.d.ts';

/**
 * The typed API client. Same origin, the session cookie travels by itself (HttpOnly), and a
 * body is sent as JSON only when there is one.
 */
export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });

/** An error the server explained: show `message`; attach it to `field` when there is one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Why the field was refused, as a code (see errors.ts REASONS), and the bound it crossed. */
    readonly reason?: string,
    readonly limit?: number,
    /** The message as a phrase code (src/server/errors.ts `say`), worded in the reader's language. */
    readonly say?: Phrase,
  ) {
    super(message);
  }
}

interface Result<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a call, or a thrown ApiError with the server's own words.
 *
 * @example const me = await unwrap(api.GET('/api/account'));
 */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'network', t('error.network'));
  }
  const { data, error, response } = result;
  if (response.ok && error === undefined) return data as T;
  const body = (
    error as
      | {
          error?: {
            code?: string;
            message?: string;
            field?: string;
            reason?: string;
            limit?: number;
            say?: Phrase;
          };
        }
      | undefined
  )?.error;
  throw new ApiError(
    response.status,
    body?.code ?? 'unknown',
    body?.message ?? t('error.unexpected', { status: response.status }),
    body?.field,
    body?.reason,
    body?.limit,
    body?.say,
  );
}

/**
 * A message for any thrown value. The server's own words are English and specific; in another
 * language the error's code picks the catalogue's sentence instead (see locales, `error.*`).
 */
export function errorMessage(error: unknown): string {
  // A refusal the server sends as a phrase code reads the same in every language.
  if (error instanceof ApiError && error.say && isMessageKey(`phrase.${error.say.code}`))
    return sayPhrase(error.say);
  if (error instanceof ApiError && locale() !== 'en') {
    // A field the schema refused says why (too long, required…); other errors say their code's sentence.
    const reason = `error.reason.${error.reason}`;
    if (error.reason && isMessageKey(reason)) return t(reason, { limit: error.limit ?? '' });
    const key = `error.${error.code}`;
    if (isMessageKey(key)) return t(key);
  }
  return error instanceof Error && error.message ? error.message : t('error.unexpected', { status: '?' });
}
