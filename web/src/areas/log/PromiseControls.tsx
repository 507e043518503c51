import type { Entry, PromiseState } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { useKeepFocus } from '../../ui/focus.ts';
import { Badge } from '../../ui/kit/Badge.tsx';
import { useToast } from '../../ui/toast.ts';
import { promiseStateLabel } from './kinds.ts';
import { useMarkPromise } from './mutations.ts';

interface Props {
  entry: Entry;
}

/** A promise's due date and state, and the buttons to mark it kept, broken, or open again. */
export function PromiseControls({ entry }: Props) {
  const mark = useMarkPromise();
  const toast = useToast();
  const [box, keepFocus] = useKeepFocus<HTMLSpanElement>();
  const state = entry.promiseState ?? 'open';
  const set = (next: PromiseState) => {
    keepFocus();
    mark.mutate(
      { id: entry.id, state: next },
      {
        onSuccess: () =>
          toast({
            message:
              next === 'broken'
                ? t('promise.markedBroken')
                : t('promise.marked', { state: promiseStateLabel(next) }),
          }),
      },
    );
  };
  return (
    <div className="promise">
      <Badge tone={state}>{promiseStateLabel(state)}</Badge>
      {entry.promiseDue ? (
        <span className="muted">{t('promise.due', { date: formatDay(entry.promiseDue, 'medium') })}</span>
      ) : null}
      <span className="actions" ref={box}>
        {state === 'open' ? (
          <>
            <button
              type="button"
              className="button secondary small"
              disabled={mark.isPending}
              onClick={() => set('kept')}
            >
              {t('promise.markKept')}
            </button>
            <button
              type="button"
              className="button secondary small"
              disabled={mark.isPending}
              onClick={() => set('broken')}
            >
              {t('promise.markBroken')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button quiet small"
            disabled={mark.isPending}
            onClick={() => set('open')}
          >
            {t('promise.reopen')}
          </button>
        )}
      </span>
    </div>
  );
}
