import { type ReactNode, useDeferredValue } from 'react';
import { t } from '../i18n.ts';
import { LoadError } from './LoadError.tsx';
import { Loading } from './Loading.tsx';
import { PageTitle } from './PageTitle.tsx';

/** What a screen needs of a query (TanStack's result has all of it). */
export interface Loadable<T> {
  data: T | undefined;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  fetchStatus?: 'fetching' | 'paused' | 'idle';
  refetch: () => unknown;
}

// The same two answers make the same pair, so the screen sees no new data where there is none.
const pairs = new WeakMap<object, WeakMap<object, unknown>>();
function pair<A, B>(a: A, b: B): [A, B] {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return [a, b];
  const byB = pairs.get(a) ?? new WeakMap<object, unknown>();
  pairs.set(a, byB);
  const both = (byB.get(b) as [A, B] | undefined) ?? [a, b];
  byB.set(b, both);
  return both;
}

/** Several queries as one: pending while any is, failed when any did, data when all have it. */
export function combine<A, B>(a: Loadable<A>, b: Loadable<B>): Loadable<[A, B]> {
  const data = a.data !== undefined && b.data !== undefined ? pair(a.data, b.data) : undefined;
  return {
    data,
    isPending: a.isPending || b.isPending,
    isError: a.isError || b.isError,
    error: a.error ?? b.error,
    fetchStatus: a.fetchStatus === 'paused' || b.fetchStatus === 'paused' ? 'paused' : 'idle',
    refetch: () => {
      if (a.isError || a.data === undefined) a.refetch();
      if (b.isError || b.data === undefined) b.refetch();
    },
  };
}

type Props<T> = {
  /** The h1 and the document title, shown in every state (so focus and title always move). */
  title: string;
  /** Beside the title, e.g. an "Add" link. */
  actions?: ReactNode;
  /** Above the content in every state: an intro line, links to related screens. */
  intro?: ReactNode;
  /** What "Loading…" says while the query runs. */
  loadingLabel?: string;
} & (
  | {
      query: Loadable<T>;
      /** True when there is nothing to show yet: `empty` replaces the content. */
      isEmpty?: (data: T) => boolean;
      empty?: ReactNode;
      children: (data: T) => ReactNode;
    }
  | { query?: undefined; isEmpty?: undefined; empty?: undefined; children: ReactNode }
);

/**
 * The one way to show a screen: its title first, then loading, the error with a retry, the
 * empty state, or the content. A failed refresh keeps the data on screen.
 *
 * @example <Screen title={t('habits.title')} query={useQuery(habitQueries.list())}>{(d) => …}</Screen>
 */
export function Screen<T>(props: Props<T>) {
  const { title, actions, intro, loadingLabel } = props;
  // New data is drawn in the background, in small pieces the page can answer a tap between; what
  // was shown (or "Loading…") stays until then. A query's answer would otherwise be drawn in one
  // go, however long the list.
  const data = useDeferredValue(props.query?.data);
  let body: ReactNode;
  if (props.query === undefined) body = props.children;
  else {
    const q = props.query;
    if (data !== undefined) body = props.isEmpty?.(data) ? props.empty : props.children(data);
    else if (q.isError) body = <LoadError error={q.error} onRetry={() => q.refetch()} />;
    else body = <Loading label={q.fetchStatus === 'paused' ? t('common.waitingForNetwork') : loadingLabel} />;
  }
  return (
    <section>
      {actions ? (
        <div className="page-header">
          <PageTitle>{title}</PageTitle>
          {actions}
        </div>
      ) : (
        <PageTitle>{title}</PageTitle>
      )}
      {intro}
      {body}
    </section>
  );
}
