import { useQuery } from '@tanstack/react-query';
import { useLocation } from 'wouter';
import { t } from '../../i18n.ts';
import { combine, Screen } from '../../ui/Screen.tsx';
import { useToast } from '../../ui/toast.ts';
import { useToday } from '../../ui/today.ts';
import { coupleQueries } from '../couple/queries.ts';
import { draftFromEntry, draftToBody } from './draft.ts';
import { EntryForm } from './EntryForm.tsx';
import { useUpdateEntry } from './mutations.ts';
import { logQueries } from './queries.ts';
import { logAddress } from './return-address.ts';

interface Props {
  params: { id: string };
}

/** Edit one of your own entries; saving returns to the log as it was filtered. */
export default function EntryEditPage({ params: { id } }: Props) {
  const [, navigate] = useLocation();
  const couple = useQuery(coupleQueries.space());
  const entry = useQuery(logQueries.entry(id));
  const update = useUpdateEntry(id);
  const toast = useToast();
  const today = useToday();
  return (
    <Screen title={t('form.editTitle')} query={combine(entry, couple)}>
      {([found, space]) =>
        found.mine ? (
          <EntryForm
            initial={draftFromEntry(found)}
            couple={space}
            today={today}
            editingId={id}
            submitLabel={t('form.saveChanges')}
            busy={update.isPending}
            error={update.error}
            onCancel={() => navigate(logAddress())}
            onSubmit={(draft) =>
              update.mutate(draftToBody(draft), {
                onSuccess: () => {
                  toast({ message: t('form.changesSaved') });
                  navigate(logAddress());
                },
              })
            }
          />
        ) : (
          <p className="alert">{t('form.notYours')}</p>
        )
      }
    </Screen>
  );
}
