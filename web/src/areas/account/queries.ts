import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { Me } from '../../api/types.ts';

export const meKey = ['me'] as const;

/** Who is logged in; null when nobody is (a 401 is an answer here, not an error). */
export function useMe() {
  return useQuery({
    queryKey: meKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await unwrap(api.GET('/api/account'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** After logging in or out, nothing cached belongs to the new viewer. */
function useStartOver() {
  const client = useQueryClient();
  return (me: Me | null) => {
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
    client.setQueryData(meKey, me);
  };
}

export function useSignup() {
  const startOver = useStartOver();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      unwrap(api.POST('/api/account/signup', { body })),
    onSuccess: startOver,
  });
}

export function useLogin() {
  const startOver = useStartOver();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) =>
      unwrap(api.POST('/api/account/login', { body })),
    onSuccess: startOver,
  });
}

export function useLogout() {
  const startOver = useStartOver();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/account/logout')),
    onSuccess: () => startOver(null),
  });
}

export function useDeleteAccount() {
  const startOver = useStartOver();
  return useMutation({
    mutationFn: (password: string) => unwrap(api.DELETE('/api/account', { body: { password } })),
    onSuccess: () => startOver(null),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/account/password', { body })),
  });
}

const sessionsKey = ['sessions'] as const;

export function useSessions() {
  return useQuery({
    queryKey: sessionsKey,
    queryFn: async () => (await unwrap(api.GET('/api/account/sessions'))).sessions,
  });
}

export function useEndSession() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (sessionId: string) =>
      unwrap(api.DELETE('/api/account/sessions/{sessionId}', { params: { path: { sessionId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionsKey }),
  });
}
