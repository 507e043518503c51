import { useId, useState } from 'react';
import type { Invite } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { formatInstant } from '../../ui/dates.ts';

interface Props {
  invite: Invite;
}

/** The code, large enough to read out, and the link to send, with a copy button. */
export function InviteCode({ invite }: Props) {
  const id = useId();
  const link = `${window.location.origin}/join/${invite.code}`;
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  // The phone's own share sheet (messages, mail…) where there is one; copying is the fallback.
  const canShare = typeof navigator.share === 'function';
  const share = async () => {
    try {
      await navigator.share({ title: t('invite.shareTitle'), text: t('invite.shareText'), url: link });
    } catch (e) {
      // Closing the sheet is a choice, not a failure; anything else falls back to copying.
      if ((e as Error).name !== 'AbortError') await copy();
    }
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      // No clipboard access: select the text so a long-press or Ctrl+C does it.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setCopied('no');
    }
  };
  return (
    <div className="card">
      <h2>{t('invite.codeTitle')}</h2>
      <p className="invite-code">{invite.code}</p>
      <div className="field">
        <label htmlFor={id}>{t('invite.link')}</label>
        <div className="copy-row">
          <input id={id} type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" className={canShare ? 'button secondary' : 'button'} onClick={copy}>
            {t('invite.copy')}
          </button>
        </div>
        {canShare ? (
          <p>
            <button type="button" className="button" onClick={share}>
              {t('invite.share')}
            </button>
          </p>
        ) : null}
        <p className="hint" role="status">
          {copied === 'yes' ? t('invite.copied') : copied === 'no' ? t('invite.copyManually') : ''}
        </p>
      </div>
      <p className="muted">{t('invite.expires', { date: formatInstant(invite.expiresAt) })}</p>
    </div>
  );
}
