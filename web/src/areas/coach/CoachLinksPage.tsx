import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { AreaChoices, areaList } from './AreaChoices.tsx';
import { useConsent, useInviteCoach, useRevoke } from './mutations.ts';
import { OpenSuggestions } from './OpenSuggestions.tsx';
import { type CoachArea, type CoachLink, coachQueries } from './queries.ts';

/** The partner's side: invite a coach, consent with areas, end it. */
export default function CoachLinksPage() {
  const links = useQuery(coachQueries.links());
  const revoke = useRevoke();
  const [ending, setEnding] = useState<CoachLink | null>(null);
  return (
    <Screen title={t('coach.links.title')} loadingLabel={t('coach.links.loading')} query={links}>
      {(data) => (
        <>
          <p className="muted">{t('coach.links.intro')}</p>
          {data.some((l) => l.status === 'admitted') ? <OpenSuggestions /> : null}
          {data.length === 0 ? (
            <EmptyState title={t('coach.links.emptyTitle')}>
              <p>{t('coach.links.emptyBody')}</p>
            </EmptyState>
          ) : (
            <ul className="plain-list cards">
              {data.map((link) => (
                <LinkCard key={link.id} link={link} onEnd={() => setEnding(link)} />
              ))}
            </ul>
          )}
          <InviteForm />
          <ConfirmDialog
            open={ending !== null}
            danger
            title={t('coach.revokeTitle')}
            confirmLabel={t('coach.revokeConfirm')}
            busy={revoke.isPending}
            error={splitError(revoke.error, []).form}
            onClose={() => setEnding(null)}
            onConfirm={() => ending && revoke.mutate(ending.id, { onSuccess: () => setEnding(null) })}
          >
            <p>{t('coach.revokeBody')}</p>
          </ConfirmDialog>
        </>
      )}
    </Screen>
  );
}

function LinkCard({ link, onEnd }: { link: CoachLink; onEnd: () => void }) {
  const live = link.status !== 'revoked' && link.status !== 'expired';
  return (
    <li className="card">
      <h2>{link.coachName ?? t('coach.links.unnamed')}</h2>
      <p>
        <Badge tone={link.status === 'admitted' ? 'kept' : link.status === 'revoked' ? 'broken' : 'open'}>
          {link.status === 'invited'
            ? t('coach.status.invited', { date: formatDay(link.expiresAt.slice(0, 10), 'medium') })
            : t(`coach.status.${link.status}`)}
        </Badge>
      </p>
      {live ? (
        <>
          <p>
            {link.areas.length > 0
              ? t('coach.links.sees', { areas: areaList(link.areas) })
              : t('coach.links.seesNothing')}
          </p>
          <p className="muted">
            {link.partnerAreas
              ? t('coach.links.partner', { areas: areaList(link.partnerAreas) })
              : t('coach.links.partnerNot')}
          </p>
          <ConsentForm link={link} />
          <button type="button" className="button secondary small" onClick={onEnd}>
            {t('coach.revoke')}
          </button>
        </>
      ) : null}
    </li>
  );
}

function ConsentForm({ link }: { link: CoachLink }) {
  const consent = useConsent();
  const [areas, setAreas] = useState<CoachArea[]>(link.myAreas ?? []);
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (areas.length > 0) consent.mutate({ linkId: link.id, areas });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <h3>{t('coach.consent.title')}</h3>
      <FormError message={splitError(consent.error, []).form} />
      <AreaChoices
        legend={t('coach.consent.legend')}
        value={areas}
        onChange={setAreas}
        error={tried && areas.length === 0 ? t('coach.pickOne') : null}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={consent.isPending}>
          {consent.isPending ? t('common.saving') : t('coach.consent.save')}
        </button>
      </p>
      <p aria-live="polite" className="muted">
        {consent.isSuccess ? t('coach.consent.saved') : ''}
      </p>
    </form>
  );
}

function InviteForm() {
  const invite = useInviteCoach();
  const [areas, setAreas] = useState<CoachArea[]>([]);
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (areas.length > 0) invite.mutate(areas);
  };
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <h2>{t('coach.invite.title')}</h2>
      <p className="muted">{t('coach.invite.body')}</p>
      <FormError message={splitError(invite.error, []).form} />
      <AreaChoices
        legend={t('coach.consent.legend')}
        value={areas}
        onChange={setAreas}
        error={tried && areas.length === 0 ? t('coach.pickOne') : null}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={invite.isPending}>
          {invite.isPending ? t('common.working') : t('coach.invite.button')}
        </button>
      </p>
      <p aria-live="polite">
        {invite.data ? <strong>{t('coach.invite.code', { code: invite.data.code })}</strong> : null}
      </p>
    </form>
  );
}
