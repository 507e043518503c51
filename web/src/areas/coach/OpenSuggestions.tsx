import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { useAcceptSuggestion, useDeclineSuggestion } from './mutations.ts';
import { coachQueries, type Suggestion } from './queries.ts';
import { suggestionLine } from './suggestion-words.ts';

/**
 * The partner's side: what the couple's coaches suggested, to accept (it becomes theirs) or
 * decline (with a reason the coach sees). After either, focus goes to the section's heading,
 * where the outcome is announced, since the suggestion's own buttons are gone.
 */
export function OpenSuggestions() {
  const open = useQuery(coachQueries.openSuggestions());
  const accept = useAcceptSuggestion();
  const decline = useDeclineSuggestion();
  const [declining, setDeclining] = useState<Suggestion | null>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<'accepted' | 'declined' | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const finish = (what: 'accepted' | 'declined') => {
    setDone(what);
    heading.current?.focus();
  };
  return (
    <section className="card" aria-labelledby="open-suggestions">
      <h2 id="open-suggestions" ref={heading} tabIndex={-1}>
        {t('coach.suggestions.title')}
      </h2>
      <p aria-live="polite" className="muted">
        {done ? t(`coach.suggestions.${done}`) : ''}
      </p>
      {open.isPending ? (
        <p role="status">{t('common.loading')}</p>
      ) : open.isError ? (
        <FormError message={errorMessage(open.error)} />
      ) : open.data.length === 0 ? (
        <p className="muted">{t('coach.suggestions.empty')}</p>
      ) : (
        <ul className="plain-list">
          {open.data.map((s) => (
            <li key={s.id} className="suggestion">
              <p>
                <strong>{suggestionLine(s)}</strong>
              </p>
              {s.note ? <p>{s.note}</p> : null}
              <p className="muted">{t('coach.suggestions.from', { coach: s.coachName })}</p>
              <p className="actions">
                <button
                  type="button"
                  className="button small"
                  disabled={accept.isPending}
                  onClick={() => accept.mutate(s.id, { onSuccess: () => finish('accepted') })}
                >
                  {t('coach.suggestions.accept')}
                </button>
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    setReason('');
                    decline.reset();
                    setDeclining(s);
                  }}
                >
                  {t('coach.suggestions.decline')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <FormError message={accept.error ? errorMessage(accept.error) : null} />
      <ConfirmDialog
        open={declining !== null}
        title={t('coach.suggestions.declineTitle')}
        confirmLabel={t('coach.suggestions.decline')}
        busy={decline.isPending}
        error={decline.error ? errorMessage(decline.error) : null}
        onClose={() => setDeclining(null)}
        onConfirm={() =>
          declining &&
          decline.mutate(
            { suggestionId: declining.id, reason },
            {
              onSuccess: () => {
                setDeclining(null);
                finish('declined');
              },
            },
          )
        }
      >
        <p>{declining ? suggestionLine(declining) : ''}</p>
        <p className="muted">{t('coach.suggestions.declineBody')}</p>
        <div className="field">
          <label htmlFor="decline-reason">{t('coach.suggestions.reason')}</label>
          <textarea
            id="decline-reason"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      </ConfirmDialog>
    </section>
  );
}
