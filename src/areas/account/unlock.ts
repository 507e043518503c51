import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { generateAuthenticationOptions } from '@simplewebauthn/server';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requireViewer } from '../../storage/scope.ts';
import * as keys from './passkey-store.ts';
import { checkAssertion, site } from './passkeys.ts';
import { verifyPassword } from './passwords.ts';
import { Ok, PasskeyChallenge, PasskeyLoginBody, UnlockBody } from './schema.ts';
import * as store from './store.ts';
import { failed, reserveAttempt, succeeded } from './throttle.ts';

/*
 * The app lock on a shared device (issue 19). The lock itself lives in the browser: the session
 * stays valid, and the device hides the app until the person proves it is them again. These
 * routes are that proof: the signed-in person's password, or a passkey of theirs (never anyone
 * else's, a partner's included). Guesses count on the login limiter's keys (throttle.ts).
 */

const tags = ['account'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };
const WRONG_PASSWORD = 'That password is not right. Please try again.';
const NOT_YOUR_PASSKEY =
  'This passkey is not one of yours, so it cannot unlock attune here. Use your own passkey or your password.';

const NOT_CHECKED = 'This passkey could not be checked. Try again, or unlock with your password.';

export async function unlockRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.post(
    '/api/account/unlock',
    {
      schema: {
        tags,
        summary: 'Unlock the app on this device with your password',
        body: UnlockBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      const attempt = await reserveAttempt(db, viewer.email, request.ip);
      const user = await store.findUserById(db, viewer.userId);
      if (!user || !(await verifyPassword(user.password_hash, request.body.password))) {
        await failed(db, attempt);
        throw new AppError('invalid_credentials', WRONG_PASSWORD, 'password').saying(
          phrase('refuse.passwordWrong'),
        );
      }
      await succeeded(db, attempt);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/account/unlock/passkey/options',
    {
      schema: {
        tags,
        summary: 'Start unlocking with one of your passkeys',
        response: { 200: PasskeyChallenge, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      const mine = await keys.passkeysOf(db, viewer.userId);
      if (mine.length === 0)
        throw new AppError('not_found', 'You have no passkey yet. Unlock with your password.').saying(
          phrase('refuse.noPasskey'),
        );
      // Only the person's own passkeys are offered; the check after the answer enforces it.
      const options = await generateAuthenticationOptions({
        rpID: site(request).rpID,
        userVerification: 'required',
        allowCredentials: mine.map((p) => ({ id: p.id, transports: JSON.parse(p.transports) })),
      });
      const challengeId = await keys.saveChallenge(db, options.challenge, viewer.userId);
      return { challengeId, options: options as unknown as Record<string, unknown> };
    },
  );

  app.post(
    '/api/account/unlock/passkey',
    {
      schema: {
        tags,
        summary: 'Unlock the app on this device with one of your passkeys',
        body: PasskeyLoginBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      const attempt = await reserveAttempt(db, viewer.email, request.ip);
      const challenge = await keys.takeChallenge(db, request.body.challengeId, viewer.userId);
      if (!challenge) {
        await failed(db, attempt);
        throw invalid(
          'challengeId',
          'This unlock has expired. Please try again.',
          phrase('refuse.unlockExpired'),
        );
      }
      const stored = await keys.findPasskey(db, request.body.credential.id);
      const problem =
        stored?.user_id !== viewer.userId
          ? NOT_YOUR_PASSKEY
          : !(await checkAssertion(db, request, challenge, stored, request.body.credential))
            ? NOT_CHECKED
            : null;
      if (problem) {
        await failed(db, attempt);
        throw new AppError('invalid_credentials', problem, 'credential').saying(
          phrase(problem === NOT_YOUR_PASSKEY ? 'refuse.passkeyNotYours' : 'refuse.passkeyNotCheckedUnlock'),
        );
      }
      await succeeded(db, attempt);
      return { ok: true as const };
    },
  );
}
