import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../api/client.ts';
import type { Invite } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { FormError } from '../../ui/FormError.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { InviteCode } from './InviteCode.tsx';
import { useCouple, useCreateInvite, useWithdrawInvite } from './queries.ts';

/**
 * Invite the partner: a code to read out and a link to send, until they have joined. The server
 * keeps only a hash of the code, so a code is shown once, when it is made.
 */
export default function InvitePage() {
  const couple = useCouple();
  const create = useCreateInvite();
  const withdraw = useWithdrawInvite();
  const [invite, setInvite] = useState<Invite | null>(null);
  const [confirming, setConfirming] = useState(false);
  const started = useRef(false);

  // Straight after setting up the space, the first code is made without a click.
  useEffect(() => {
    const fresh = (window.history.state as { fresh?: boolean } | null)?.fresh === true;
    if (!fresh || started.current) return;
    started.current = true;
    window.history.replaceState({}, '');
    create.mutate(undefined, { onSuccess: setInvite });
  }, [create]);

  if (couple.isPending) return <Loading />;
  if (couple.isError) return <LoadError error={couple.error} onRetry={() => couple.refetch()} />;

  const partner = couple.data.partners.find((p) => !p.me);
  if (partner) {
    return (
      <section>
        <PageTitle>{t('invite.title')}</PageTitle>
        <p role="status">{t('invite.joined', { name: partner.displayName })}</p>
        <Link href="/" className="button">
          {t('invite.toLog')}
        </Link>
      </section>
    );
  }

  const pending = couple.data.pendingInvite;
  const shown = invite && pending ? invite : null;
  return (
    <section>
      <PageTitle>{t('invite.title')}</PageTitle>
      <p>{t('invite.intro')}</p>
      <FormError message={create.error ? errorMessage(create.error) : null} />
      {shown ? (
        <InviteCode invite={shown} />
      ) : create.isPending ? (
        <Loading label={t('invite.making')} />
      ) : (
        <div className="card">
          <p>
            {pending ? t('invite.openNoCode', { date: formatInstant(pending.expiresAt) }) : t('invite.none')}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => create.mutate(undefined, { onSuccess: setInvite })}
          >
            {pending ? t('invite.newCode') : t('invite.makeCode')}
          </button>
        </div>
      )}
      {pending ? (
        <p className="actions">
          {shown ? (
            <button
              type="button"
              className="button secondary small"
              onClick={() => create.mutate(undefined, { onSuccess: setInvite })}
            >
              {t('invite.newCode')}
            </button>
          ) : null}
          <button type="button" className="button secondary small" onClick={() => setConfirming(true)}>
            {t('invite.withdraw')}
          </button>
        </p>
      ) : null}
      <ConfirmDialog
        open={confirming}
        danger
        title={t('invite.withdrawTitle')}
        confirmLabel={t('invite.withdrawConfirm')}
        busy={withdraw.isPending}
        error={withdraw.error ? errorMessage(withdraw.error) : null}
        onClose={() => setConfirming(false)}
        onConfirm={() =>
          withdraw.mutate(undefined, {
            onSuccess: () => {
              setInvite(null);
              setConfirming(false);
            },
          })
        }
      >
        <p>{t('invite.withdrawBody')}</p>
      </ConfirmDialog>
    </section>
  );
}
