import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  type AuthenticationResponseJSON,
  generateAuthenticationOptions,
  generateRegistrationOptions,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { releaseHit, reserveHit } from '../../storage/limits.ts';
import { requireViewer } from '../../storage/scope.ts';
import type { Database, PasskeysTable } from '../../storage/tables.ts';
import * as keys from './passkey-store.ts';
import { FAILURE_WINDOW_MS, IP_FAILURE_LIMIT, loginKeys, waitMessage, waitPhrase } from './rules.ts';
import {
  AddPasskeyBody,
  Me,
  Ok,
  Passkey,
  PasskeyChallenge,
  PasskeyList,
  PasskeyLoginBody,
  PasskeyParams,
} from './schema.ts';
import { startSession } from './session.ts';

/*
 * Passkeys (WebAuthn, through SimpleWebAuthn): an alternative to the password. A passkey is
 * added while logged in, and signs in without an email: the browser offers the person's passkeys
 * for this site (discoverable credentials), and the one chosen says who it is. User verification
 * (the phone's PIN, fingerprint or face) is required, so a passkey is as strong as a password and
 * a second factor together. The relying party is the site the request came to.
 */

const tags = ['account'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 429: ErrorBody };
const NOT_THIS_PASSKEY = 'This passkey could not be checked. Try again, or log in with your password.';

/** The site the browser is on: the relying party's id (host name) and the expected origin. */
export function site(request: FastifyRequest) {
  return { rpID: request.hostname, origin: `${request.protocol}://${request.host}` };
}

/**
 * Checks a browser's signed answer to `challenge` against a stored passkey (origin, site, user
 * verification, signature) and, when it holds, records the passkey's use. True when it holds.
 */
export async function checkAssertion(
  db: Kysely<Database>,
  request: FastifyRequest,
  challenge: string,
  stored: PasskeysTable,
  credential: Static<typeof PasskeyLoginBody>['credential'],
): Promise<boolean> {
  const { rpID, origin } = site(request);
  const result = await verifyAuthenticationResponse({
    response: credential as unknown as AuthenticationResponseJSON,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: {
      id: stored.id,
      publicKey: new Uint8Array(Buffer.from(stored.public_key, 'base64url')),
      counter: Number(stored.counter),
      transports: JSON.parse(stored.transports),
    },
    requireUserVerification: true,
  }).catch(() => null);
  if (!result?.verified) return false;
  await keys.markUsed(db, stored.id, result.authenticationInfo.newCounter);
  return true;
}

const present = (p: { id: string; name: string; created_at: string; last_used_at: string | null }) => ({
  id: p.id,
  name: p.name,
  createdAt: p.created_at,
  lastUsedAt: p.last_used_at,
});

export async function passkeyRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/account/passkeys',
    { schema: { tags, summary: 'Your passkeys', response: { 200: PasskeyList, ...errors } } },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      return { passkeys: (await keys.passkeysOf(db, viewer.userId)).map(present) };
    },
  );

  app.post(
    '/api/account/passkeys/options',
    {
      schema: {
        tags,
        summary: 'Start adding a passkey: the options for the browser',
        response: { 200: PasskeyChallenge, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      const { rpID } = site(request);
      const existing = await keys.passkeysOf(db, viewer.userId);
      const options = await generateRegistrationOptions({
        rpName: 'attune',
        rpID,
        userName: viewer.email,
        userID: new TextEncoder().encode(viewer.userId),
        attestationType: 'none',
        excludeCredentials: existing.map((p) => ({ id: p.id, transports: JSON.parse(p.transports) })),
        authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
      });
      const challengeId = await keys.saveChallenge(db, options.challenge, viewer.userId);
      return { challengeId, options: options as unknown as Record<string, unknown> };
    },
  );

  app.post(
    '/api/account/passkeys',
    {
      schema: {
        tags,
        summary: 'Add a passkey (the browser’s answer)',
        body: AddPasskeyBody,
        response: { 201: Passkey, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request.viewer);
      const challenge = await keys.takeChallenge(db, request.body.challengeId, viewer.userId);
      if (!challenge)
        throw invalid(
          'challengeId',
          'This request to add a passkey has expired. Please start again.',
          phrase('refuse.passkeyExpired'),
        );
      const { rpID, origin } = site(request);
      const result = await verifyRegistrationResponse({
        response: request.body.credential as unknown as RegistrationResponseJSON,
        expectedChallenge: challenge,
        expectedOrigin: origin,
        expectedRPID: rpID,
        requireUserVerification: true,
      }).catch(() => null);
      if (!result?.verified || !result.registrationInfo)
        throw invalid(
          'credential',
          'Your device’s answer could not be checked, so no passkey was added. Please try again.',
          phrase('refuse.passkeyUnchecked'),
        );
      const { credential } = result.registrationInfo;
      if (await keys.findPasskey(db, credential.id))
        throw new AppError('conflict', 'This passkey is already added.', 'credential').saying(
          phrase('refuse.passkeyAdded'),
        );
      const row = await keys.insertPasskey(db, {
        id: credential.id,
        userId: viewer.userId,
        publicKey: Buffer.from(credential.publicKey).toString('base64url'),
        counter: credential.counter,
        transports: credential.transports ?? [],
        name: request.body.name?.trim() || 'Passkey',
      });
      return reply.code(201).send(present(row));
    },
  );

  app.delete(
    '/api/account/passkeys/:id',
    {
      schema: {
        tags,
        summary: 'Remove a passkey',
        params: PasskeyParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      if (!(await keys.deletePasskey(db, viewer.userId, request.params.id))) throw notFound('That passkey');
      return { ok: true as const };
    },
  );

  app.post(
    '/api/account/passkeys/login/options',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Start signing in with a passkey',
        response: { 200: PasskeyChallenge, ...errors },
      },
    },
    async (request) => {
      const options = await generateAuthenticationOptions({
        rpID: site(request).rpID,
        userVerification: 'required',
      });
      const challengeId = await keys.saveChallenge(db, options.challenge, null);
      return { challengeId, options: options as unknown as Record<string, unknown> };
    },
  );

  app.post(
    '/api/account/passkeys/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Sign in with a passkey (starts a new session)',
        body: PasskeyLoginBody,
        response: { 200: Me, ...errors },
      },
    },
    async (request, reply) => {
      // The same cap per address as password attempts: a failed answer counts, a success does not.
      const { ipKey } = loginKeys('', request.ip);
      if ((await reserveHit(db, ipKey, { windowMs: FAILURE_WINDOW_MS, limit: IP_FAILURE_LIMIT })) === null)
        throw new AppError('too_many_requests', waitMessage(FAILURE_WINDOW_MS / 1000), undefined, {
          'Retry-After': String(FAILURE_WINDOW_MS / 1000),
        }).saying(waitPhrase(FAILURE_WINDOW_MS / 1000));
      const challenge = await keys.takeChallenge(db, request.body.challengeId, null);
      if (!challenge)
        throw invalid(
          'challengeId',
          'This sign-in has expired. Please start again.',
          phrase('refuse.signInExpired'),
        );
      const stored = await keys.findPasskey(db, request.body.credential.id);
      if (!stored)
        throw new AppError('invalid_credentials', NOT_THIS_PASSKEY).saying(
          phrase('refuse.passkeyNotCheckedLogIn'),
        );
      if (!(await checkAssertion(db, request, challenge, stored, request.body.credential)))
        throw new AppError('invalid_credentials', NOT_THIS_PASSKEY).saying(
          phrase('refuse.passkeyNotCheckedLogIn'),
        );
      await releaseHit(db, ipKey);
      return startSession(ctx, request, reply, stored.user_id);
    },
  );
}
