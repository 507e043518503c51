import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { KINDS, type Kind } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { randomKey } from '../../ui/ids.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useToast } from '../../ui/toast.ts';
import { useToday } from '../../ui/today.ts';
import { coupleQueries } from '../couple/queries.ts';
import { draftToBody, newDraft } from './draft.ts';
import { EntryForm } from './EntryForm.tsx';
import { useCreateEntry } from './mutations.ts';
import { logAddress } from './return-address.ts';

/** `?kind=appreciation` (from the first-run path) starts the form on that kind. */
function kindFromAddress(): { kind?: Kind } {
  const kind = new URLSearchParams(window.location.search).get('kind');
  return KINDS.includes(kind as Kind) ? { kind: kind as Kind } : {};
}

/** Add an entry; the date starts at today in the author's own time zone. */
export default function EntryNewPage() {
  const [, navigate] = useLocation();
  const couple = useQuery(coupleQueries.space());
  const create = useCreateEntry();
  const toast = useToast();
  const today = useToday();
  // One key per form: a retried submit after a dropped connection lands once.
  const [key] = useState(randomKey);
  return (
    <Screen title={t('form.newTitle')} query={couple}>
      {(space) => (
        <EntryForm
          initial={{ ...newDraft(today, space.logDefaultVisibility), ...kindFromAddress() }}
          couple={space}
          today={today}
          submitLabel={t('form.save')}
          busy={create.isPending}
          error={create.error}
          onCancel={() => navigate(logAddress())}
          onSubmit={(draft) =>
            create.mutate(
              { body: draftToBody(draft), key },
              {
                onSuccess: (saved) => {
                  toast({ message: 'queued' in saved ? t('outbox.entryKept') : t('form.saved') });
                  navigate(logAddress());
                },
              },
            )
          }
        />
      )}
    </Screen>
  );
}
