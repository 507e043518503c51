import { errorMessage } from '../api/client.ts';
import { t } from '../i18n.ts';

interface Props {
  error: unknown;
  onRetry: () => void;
}

/** A failed load: what went wrong, in the server's words, and a way to try again. */
export function LoadError({ error, onRetry }: Props) {
  return (
    <div className="alert" role="alert">
      <p>{errorMessage(error)}</p>
      <button type="button" className="button secondary small" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}
