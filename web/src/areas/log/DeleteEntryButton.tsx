import { useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '../../api/client.ts';
import type { Entry } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { useToast } from '../../ui/toast.ts';
import { kindLabel } from './kinds.ts';
import { restoreEntry, useDeleteEntry } from './mutations.ts';

interface Props {
  entry: Entry;
}

/**
 * Deletes at once, without asking: the toast's Undo brings the entry back for ten minutes,
 * which is kinder than a question before every delete.
 */
export function DeleteEntryButton({ entry }: Props) {
  const remove = useDeleteEntry();
  const client = useQueryClient();
  const toast = useToast();
  // The card unmounts once the list refreshes, so everything after the delete uses the
  // long-lived client and toast, never this component's state.
  const undo = () =>
    restoreEntry(client, entry.id).then(
      () => toast({ message: t('entry.restored') }),
      (error: unknown) => toast({ message: errorMessage(error) }),
    );
  const onClick = async () => {
    try {
      await remove.mutateAsync(entry);
    } catch {
      return; // the shared error path has said why
    }
    toast({ message: t('entry.deleted'), action: { label: t('entry.undo'), run: undo } });
  };
  return (
    <button type="button" className="button quiet small" disabled={remove.isPending} onClick={onClick}>
      {t('entry.delete')}
      <span className="visually-hidden"> {kindLabel(entry.kind)}</span>
    </button>
  );
}
