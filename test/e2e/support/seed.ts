import type { APIRequestContext } from 'playwright-core';

/**
 * Sets up data through the API (quicker than the UI) in a browser context, so the context's
 * session cookie is the one created here. Each call fails loudly with the server's message.
 */
export class Seeder {
  constructor(readonly request: APIRequestContext) {}

  async call<T = unknown>(
    method: 'GET' | 'POST' | 'DELETE' | 'PATCH',
    url: string,
    data?: unknown,
  ): Promise<T> {
    const response = await this.request.fetch(url, {
      method,
      ...(data !== undefined ? { data, headers: { 'content-type': 'application/json' } } : {}),
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as T;
  }

  signup(email: string, password: string) {
    return this.call('POST', '/api/account/signup', { email, password });
  }

  login(email: string, password: string) {
    return this.call('POST', '/api/account/login', { email, password });
  }

  createCouple(displayName: string, timeZone = 'Europe/Berlin') {
    return this.call('POST', '/api/couple', { displayName, timeZone });
  }

  invite() {
    return this.call<{ code: string }>('POST', '/api/couple/invites');
  }

  join(code: string, displayName: string, timeZone = 'Europe/Berlin') {
    return this.call('POST', '/api/couple/join', { code, displayName, timeZone });
  }

  entry(body: Record<string, unknown>) {
    return this.call<{ id: string }>('POST', '/api/log', body);
  }
}
