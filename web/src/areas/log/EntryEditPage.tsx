import { useLocation } from 'wouter';
import { t } from '../../i18n.ts';
import { todayIn } from '../../ui/dates.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useToast } from '../../ui/toast.ts';
import { useMe } from '../account/queries.ts';
import { useCouple } from '../couple/queries.ts';
import { draftFromEntry, draftToBody } from './draft.ts';
import { EntryForm } from './EntryForm.tsx';
import { useEntry, useUpdateEntry } from './queries.ts';

interface Props {
  id: string;
}

/** Edit one of your own entries. */
export default function EntryEditPage({ id }: Props) {
  const [, navigate] = useLocation();
  const me = useMe();
  const couple = useCouple();
  const entry = useEntry(id);
  const update = useUpdateEntry(id);
  const toast = useToast();
  if (couple.isPending || entry.isPending || me.isPending) return <Loading />;
  if (couple.isError || entry.isError)
    return (
      <section>
        <PageTitle>{t('form.editTitle')}</PageTitle>
        <LoadError
          error={entry.error ?? couple.error}
          onRetry={() => {
            void entry.refetch();
            void couple.refetch();
          }}
        />
      </section>
    );
  if (!entry.data.mine)
    return (
      <section>
        <PageTitle>{t('form.editTitle')}</PageTitle>
        <p className="alert">{t('form.notYours')}</p>
      </section>
    );
  const today = todayIn(me.data?.couple?.timeZone ?? 'UTC');
  return (
    <section>
      <PageTitle>{t('form.editTitle')}</PageTitle>
      <EntryForm
        initial={draftFromEntry(entry.data)}
        couple={couple.data}
        today={today}
        editingId={id}
        submitLabel={t('form.saveChanges')}
        busy={update.isPending}
        error={update.error}
        onCancel={() => navigate('/')}
        onSubmit={(draft) =>
          update.mutate(draftToBody(draft), {
            onSuccess: () => {
              toast({ message: t('form.changesSaved') });
              navigate('/');
            },
          })
        }
      />
    </section>
  );
}
