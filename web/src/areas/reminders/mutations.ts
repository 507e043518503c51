import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import { type PushDevice, subscribeThisDevice, unsubscribeThisDevice } from './device.ts';
import type { ReminderSettings } from './queries.ts';

export function useSaveReminders() {
  return useMutation({
    mutationFn: (body: Partial<ReminderSettings>) => unwrap(api.PATCH('/api/reminders', { body })),
    meta: { changes: ['reminders'] },
  });
}

/** Asks the browser for a push subscription and hands it to the server. */
export function useAllowThisDevice() {
  return useMutation({
    mutationFn: async (publicKey: string) => {
      const device: PushDevice = await subscribeThisDevice(publicKey);
      return unwrap(api.POST('/api/reminders/devices', { body: device }));
    },
    meta: { changes: ['reminders'] },
  });
}

export function useStopThisDevice() {
  return useMutation({
    mutationFn: async () => {
      const endpoint = await unsubscribeThisDevice();
      if (endpoint === null) return null;
      return unwrap(api.POST('/api/reminders/devices/remove', { body: { endpoint } }));
    },
    meta: { changes: ['reminders'], showsError: true },
  });
}

export function useTestReminder() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/reminders/test')),
    meta: { showsError: true },
  });
}
