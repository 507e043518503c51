import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requirePartner } from '../../storage/scope.ts';
import { checkEndpoint, vapidKeys } from './push.ts';
import {
  DeviceBody,
  Devices,
  Reminders,
  RemoveDeviceBody,
  Settings,
  SettingsPatch,
  TestResult,
} from './schema.ts';
import { pushToPerson } from './send.ts';
import * as store from './store.ts';

const tags = ['reminders'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

export async function reminderRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/reminders',
    {
      schema: {
        tags,
        summary: 'Your reminders, and the key a device subscribes with',
        response: { 200: Reminders, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const [settings, keys, devices] = await Promise.all([
        store.readSettings(db, viewer),
        vapidKeys(db),
        store.deviceCount(db, viewer),
      ]);
      return { settings, publicKey: keys.publicKey, devices };
    },
  );

  app.patch(
    '/api/reminders',
    {
      schema: {
        tags,
        summary: 'Choose your reminders',
        body: SettingsPatch,
        response: { 200: Settings, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const s = { ...(await store.readSettings(db, viewer)), ...request.body };
      if ((s.quietFrom === null) !== (s.quietTo === null))
        throw invalid(
          s.quietFrom === null ? 'quietFrom' : 'quietTo',
          'Quiet hours need both a start and an end.',
          phrase('refuse.quietHours'),
        );
      await store.writeSettings(db, viewer, s);
      return s;
    },
  );

  app.post(
    '/api/reminders/devices',
    {
      schema: {
        tags,
        summary: 'Receive reminders on this device (its push subscription)',
        body: DeviceBody,
        response: { 201: Devices, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const { endpoint, keys } = request.body;
      checkEndpoint(endpoint, ctx.config.push);
      await store.addDevice(db, viewer, { endpoint, p256dh: keys.p256dh, auth: keys.auth });
      return reply.code(201).send({ devices: await store.deviceCount(db, viewer) });
    },
  );

  app.post(
    '/api/reminders/devices/remove',
    {
      schema: {
        tags,
        summary: 'Stop reminders on a device',
        body: RemoveDeviceBody,
        response: { 200: Devices, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      await store.removeDevice(db, viewer, request.body.endpoint);
      return { devices: await store.deviceCount(db, viewer) };
    },
  );

  app.post(
    '/api/reminders/test',
    {
      schema: {
        tags,
        summary: 'Send a test reminder to every device of yours now',
        response: { 200: TestResult, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const t = await pushToPerson(
        ctx.store,
        ctx.config,
        { coupleId: viewer.couple.id, userId: viewer.userId },
        {
          kind: 'test',
          url: '/settings',
        },
      );
      const explanation =
        t.sent + t.failed + t.gone === 0
          ? 'No device of yours receives reminders yet: allow them on this device first.'
          : t.failed + t.gone === 0
            ? `Sent to ${t.sent === 1 ? 'your device' : `your ${t.sent} devices`}; it should appear in a few seconds.`
            : `Sent to ${t.sent} of ${t.sent + t.failed + t.gone} devices; the others did not answer (a device that no longer exists is forgotten).`;
      return { sent: t.sent, failed: t.failed + t.gone, explanation };
    },
  );
}
