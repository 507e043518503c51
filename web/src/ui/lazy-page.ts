import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import { type EnglishPart, messagesReady } from '../i18n.ts';

const RELOADED_AT = 'attune.chunkReloadAt';

/**
 * A screen loaded when first visited. After a deploy, the old build's chunks are gone: the first
 * failed load reloads the page once (fresh index, fresh chunk names); a second failure within a
 * minute is a real error for the route's error boundary.
 *
 * `strings`: the areas whose English strings the screen shows (i18n.ts, EnglishPart), so that it
 * waits for those alone; without it, for every area's. i18n-screens.test.ts checks the list.
 */
// biome-ignore lint/suspicious/noExplicitAny: a page's props are its own business
export function lazyPage<P extends ComponentType<any>>(
  load: () => Promise<{ default: P }>,
  strings?: readonly EnglishPart[],
): LazyExoticComponent<P> & Preloadable {
  const page = lazy(() =>
    // A screen's strings may be in the part of the catalogue that loads after the first screen.
    Promise.all([load(), messagesReady(strings)])
      .then(([module]) => module)
      .catch((error: unknown) => {
        let last = Date.now();
        try {
          last = Number(sessionStorage.getItem(RELOADED_AT) ?? 0);
          sessionStorage.setItem(RELOADED_AT, String(Date.now()));
        } catch {
          // No storage (a locked-down browser): never reload, so never loop.
        }
        if (Date.now() - last < 60_000) throw error;
        window.location.reload();
        // The page is going away; never settle, so nothing flashes in between.
        return new Promise<never>(() => {});
      }),
  );
  // The browser keeps one copy of a module: loading it early is the same load React waits for.
  return Object.assign(page, {
    preload: () => void Promise.all([load(), messagesReady(strings)]).catch(() => undefined),
  });
}

/** A screen whose code can start loading before React asks for it (see boot.ts). */
export interface Preloadable {
  preload: () => void;
}
