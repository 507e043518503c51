// Passkeys (issue 19). Part of the Database in ../tables.ts.
/** A person's passkey (WebAuthn credential, issue 19): the public half only. */
export interface PasskeysTable {
  id: string;
  user_id: string;
  public_key: string;
  counter: number;
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

/** A WebAuthn challenge waiting for its answer (a minute or two at most). */
export interface PasskeyChallengesTable {
  id: string;
  challenge: string;
  user_id: string | null;
  created_at: string;
}
