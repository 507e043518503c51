import { afterAll, describe, expect, it } from 'vitest';
import { applyLanguage } from '../i18n.ts';
import { ApiError, errorMessage } from './client.ts';

describe('errorMessage', () => {
  afterAll(() => applyLanguage('en'));

  const tooLong = new ApiError(
    400,
    'invalid_input',
    '"name" must NOT have more than 60 characters.',
    'name',
    'too_long',
    60,
  );

  it('shows the server’s own specific words in English', async () => {
    await applyLanguage('en');
    expect(errorMessage(tooLong)).toBe('"name" must NOT have more than 60 characters.');
  });

  it('in Spanish says why a field was refused, with its bound, instead of one sentence per code', async () => {
    await applyLanguage('es');
    expect(errorMessage(tooLong)).toBe('Es demasiado largo: como mucho 60 caracteres.');
    expect(errorMessage(new ApiError(400, 'invalid_input', 'x', 'better', 'required'))).toBe(
      'Este dato es obligatorio.',
    );
    // Without a reason the code's sentence remains.
    expect(errorMessage(new ApiError(404, 'not_found', 'That round was not found.'))).toMatch(
      /^Esto ya no existe/,
    );
  });
});
