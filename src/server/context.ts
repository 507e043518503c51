import type { Store } from '../storage/db.ts';

export interface Config {
  /** Send cookies without `Secure` (plain http on a home network). Off by default. */
  insecureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy in front. */
  trustProxy: boolean;
  /** The built web app to serve, or null for an API-only server. */
  webDist: string | null;
  /** Log requests (pino) to stdout. */
  logger: boolean;
  /** Web Push reminders (see src/areas/reminders/push.ts for the defaults). */
  push?: PushConfig;
}

export interface PushConfig {
  /** Push services a device's endpoint may name (a host, or a domain its subdomains share). */
  hosts?: string[];
  /** Accept http:// endpoints (a test's own push service on loopback); https only otherwise. */
  allowHttp?: boolean;
  /** How a push service can reach whoever hosts attune (VAPID `sub`): mailto: or https:. */
  contact?: string;
}

/** What every area's routes are given: the store and the configuration. No other shared state. */
export interface AppContext {
  store: Store;
  config: Config;
}

export const defaultConfig: Config = {
  insecureCookies: false,
  trustProxy: false,
  webDist: null,
  logger: false,
};
