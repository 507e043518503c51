import { t } from '../i18n.ts';

interface Props {
  label?: string;
}

/** A quiet "Loading…" that screen readers hear once. */
export function Loading({ label }: Props) {
  return (
    <p className="status" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}
