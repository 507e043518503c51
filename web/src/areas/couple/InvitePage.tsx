import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../api/client.ts';
import type { Invite } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { InviteCode } from './InviteCode.tsx';
import { useCreateInvite, useWithdrawInvite } from './mutations.ts';
import { coupleQueries } from './queries.ts';

/**
 * Invite the partner: a code to read out and a link to send, until they have joined. The server
 * keeps only a hash of the code, so a code is shown once, when it is made.
 */
export default function InvitePage() {
  const couple = useQuery(coupleQueries.waitingForPartner());
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

  return (
    <Screen title={t('invite.title')} query={couple}>
      {(space) => {
        const partner = space.partners.find((p) => !p.me);
        if (partner)
          return (
            <>
              <p role="status">{t('invite.joined', { name: partner.displayName })}</p>
              <Link href={paths.log} className="button">
                {t('invite.toLog')}
              </Link>
            </>
          );
        const pending = space.pendingInvite;
        const shown = invite && pending ? invite : null;
        return (
          <>
            <p>{t('invite.intro')}</p>
            <FormError message={create.error ? errorMessage(create.error) : null} />
            {shown ? (
              <InviteCode invite={shown} />
            ) : create.isPending ? (
              <Loading label={t('invite.making')} />
            ) : (
              <div className="card">
                <p>
                  {pending
                    ? t('invite.openNoCode', { date: formatInstant(pending.expiresAt) })
                    : t('invite.none')}
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
          </>
        );
      }}
    </Screen>
  );
}
