import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/browser';
import { api, unwrap } from '../../api/client.ts';

/*
 * The browser's side of passkeys. SimpleWebAuthn's browser half is loaded only when a passkey is
 * used, so it stays out of the first screen's JavaScript.
 */

export const passkeysSupported = () => typeof window !== 'undefined' && 'PublicKeyCredential' in window;

/** A person who closed the browser's passkey sheet: not an error worth a red message. */
export function cancelled(error: unknown): boolean {
  return error instanceof Error && (error.name === 'NotAllowedError' || error.name === 'AbortError');
}

export async function createPasskey(name: string) {
  const { startRegistration } = await import('@simplewebauthn/browser');
  const { challengeId, options } = await unwrap(api.POST('/api/account/passkeys/options'));
  const credential: RegistrationResponseJSON = await startRegistration({ optionsJSON: options as never });
  return unwrap(
    api.POST('/api/account/passkeys', {
      body: { challengeId, ...(name.trim() ? { name: name.trim() } : {}), credential: credential as never },
    }),
  );
}

export async function signInWithPasskey() {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const { challengeId, options } = await unwrap(api.POST('/api/account/passkeys/login/options'));
  const credential: AuthenticationResponseJSON = await startAuthentication({ optionsJSON: options as never });
  return unwrap(
    api.POST('/api/account/passkeys/login', { body: { challengeId, credential: credential as never } }),
  );
}

/** Unlocks the app lock with one of the signed-in person's own passkeys (the server checks whose). */
export async function unlockWithPasskey() {
  const { startAuthentication } = await import('@simplewebauthn/browser');
  const { challengeId, options } = await unwrap(api.POST('/api/account/unlock/passkey/options'));
  const credential: AuthenticationResponseJSON = await startAuthentication({ optionsJSON: options as never });
  return unwrap(
    api.POST('/api/account/unlock/passkey', { body: { challengeId, credential: credential as never } }),
  );
}
