import type { BrowserContext, Response } from 'playwright-core';

/**
 * Records every response a browser context receives (status line, headers and body), so a test
 * can search everything a person was ever sent for a string they must never see.
 */
export class ResponseRecorder {
  private readonly pending: Promise<string>[] = [];

  constructor(context: BrowserContext) {
    context.on('response', (response) => this.pending.push(this.read(response)));
  }

  private async read(response: Response): Promise<string> {
    const headers = JSON.stringify(await response.allHeaders().catch(() => response.headers()));
    // A redirect or an aborted load has no body to read; its headers are still searched.
    const body = await response.body().then(
      (b) => b.toString('utf8'),
      () => '',
    );
    return `${response.status()} ${response.url()}\n${headers}\n${body}`;
  }

  /** Every recorded response so far, as text. */
  async all(): Promise<string[]> {
    return Promise.all(this.pending);
  }

  /** The recorded responses that contain `needle`. */
  async containing(needle: string): Promise<string[]> {
    return (await this.all()).filter((text) => text.includes(needle));
  }
}
