import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';
import { unlockApp } from './lock.ts';
import { createPasskey, signInWithPasskey, unlockWithPasskey } from './passkeys.ts';
import { accountQueries } from './queries.ts';

/** After logging in or out, nothing cached belongs to the new viewer, and no lock holds. */
function startOver(client: QueryClient, me: Me | null) {
  unlockApp(false);
  const meKey = accountQueries.me().queryKey;
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
  client.setQueryData(meKey, me);
}

type Credentials = { email: string; password: string };

export function useSignup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/account/signup', { body })),
    onSuccess: (me) => startOver(client, me),
    meta: { showsError: true },
  });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => unwrap(api.POST('/api/account/login', { body })),
    onSuccess: (me) => startOver(client, me),
    meta: { showsError: true },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/account/logout')),
    onSuccess: () => startOver(client, null),
    meta: { showsError: true },
  });
}

export function useDeleteAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => unwrap(api.DELETE('/api/account', { body: { password } })),
    onSuccess: () => startOver(client, null),
    meta: { showsError: true },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/account/password', { body })),
    // The server ends every other session: the list in settings changes too.
    meta: { changes: ['sessions'], showsError: true },
  });
}

export function useEndSession() {
  return useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(api.DELETE('/api/account/sessions/{sessionId}', { params: { path: { sessionId } } })),
    meta: { changes: ['sessions'], showsError: true },
  });
}

export function usePasskeyLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => signInWithPasskey(),
    onSuccess: (me) => startOver(client, me),
  });
}

export function useAddPasskey() {
  return useMutation({
    mutationFn: (name: string) => createPasskey(name),
    meta: { changes: ['sessions'] },
  });
}

export function useRemovePasskey() {
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/api/account/passkeys/{id}', { params: { path: { id } } })),
    meta: { changes: ['sessions'], showsError: true },
  });
}

/** The app lock: the signed-in person's password, checked by the server, unlocks this device. */
export function useUnlock() {
  return useMutation({
    mutationFn: (password: string) => unwrap(api.POST('/api/account/unlock', { body: { password } })),
    onSuccess: () => unlockApp(),
    meta: { showsError: true },
  });
}

export function usePasskeyUnlock() {
  return useMutation({
    mutationFn: () => unlockWithPasskey(),
    onSuccess: () => unlockApp(),
    meta: { showsError: true },
  });
}
