import { useState } from 'react';
import { useLocation } from 'wouter';
import { t } from '../../i18n.ts';
import { todayIn } from '../../ui/dates.ts';
import { randomKey } from '../../ui/ids.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useToast } from '../../ui/toast.ts';
import { useMe } from '../account/queries.ts';
import { useCouple } from '../couple/queries.ts';
import { draftToBody, newDraft } from './draft.ts';
import { EntryForm } from './EntryForm.tsx';
import { useCreateEntry } from './queries.ts';

/** Add an entry; the date starts at today in the author's own time zone. */
export default function EntryNewPage() {
  const [, navigate] = useLocation();
  const me = useMe();
  const couple = useCouple();
  const create = useCreateEntry();
  const toast = useToast();
  // One key per form: a retried submit after a dropped connection lands once.
  const [key] = useState(randomKey);
  if (couple.isPending || me.isPending) return <Loading />;
  if (couple.isError) return <LoadError error={couple.error} onRetry={() => couple.refetch()} />;
  const today = todayIn(me.data?.couple?.timeZone ?? 'UTC');
  return (
    <section>
      <PageTitle>{t('form.newTitle')}</PageTitle>
      <EntryForm
        initial={newDraft(today)}
        couple={couple.data}
        today={today}
        submitLabel={t('form.save')}
        busy={create.isPending}
        error={create.error}
        onCancel={() => navigate('/')}
        onSubmit={(draft) =>
          create.mutate(
            { body: draftToBody(draft), key },
            {
              onSuccess: () => {
                toast({ message: t('form.saved') });
                navigate('/');
              },
            },
          )
        }
      />
    </section>
  );
}
