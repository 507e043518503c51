import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { useToast } from '../../ui/toast.ts';
import { domainLabel } from '../couple/domain-label.ts';
import { coupleQueries } from '../couple/queries.ts';
import { MetricForm } from './MetricForm.tsx';
import { useAcceptMetric, useRetireMetric } from './mutations.ts';
import { checkinQueries, type Metric } from './queries.ts';

const STATES = ['proposed', 'accepted', 'retired'] as const;
const HEADINGS = {
  proposed: 'metrics.waiting',
  accepted: 'metrics.inCheckin',
  retired: 'metrics.retiredTitle',
} as const;

/** The couple's own check-in metrics: propose, accept the partner's proposal, retire. */
export default function MetricsPage() {
  const metrics = useQuery(checkinQueries.metrics());
  const couple = useQuery(coupleQueries.space());
  const accept = useAcceptMetric();
  const retire = useRetireMetric();
  const toast = useToast();
  const [retiring, setRetiring] = useState<Metric | null>(null);

  const domainName = (id: string | null) =>
    id ? domainLabel(couple.data?.domains.find((d) => d.id === id) ?? { id, label: id }) : null;

  const describe = (m: Metric) => {
    const parts = [
      t('metrics.scale', { min: m.scaleMin, max: m.scaleMax }),
      t(m.better === 'higher' ? 'metrics.higherBetter' : 'metrics.lowerBetter'),
    ];
    const d = domainName(m.domain);
    if (d) parts.push(t('metrics.inDomain', { domain: d }));
    return parts.join(' · ');
  };

  const status = (m: Metric) => {
    if (m.state === 'accepted') return t('metrics.statusAccepted');
    if (m.state === 'retired') return t('metrics.statusRetired');
    return m.proposedByMe ? t('metrics.statusMine') : t('metrics.statusTheirs');
  };

  const confirmRetire = () => {
    if (!retiring) return;
    const m = retiring;
    retire.mutate(m.id, {
      onSuccess: () => {
        setRetiring(null);
        toast({
          message: t(m.state === 'proposed' ? 'metrics.withdrawn' : 'metrics.retired', { name: m.name }),
        });
      },
    });
  };

  return (
    <Screen
      title={t('metrics.title')}
      actions={
        <Link href={paths.checkin} className="button secondary small">
          {t('checkin.title')}
        </Link>
      }
      intro={<p className="muted">{t('metrics.intro')}</p>}
      loadingLabel={t('metrics.loading')}
      query={metrics}
    >
      {({ metrics: list }) => (
        <>
          {list.length === 0 ? (
            <EmptyState title={t('metrics.emptyTitle')}>
              <p>{t('metrics.empty')}</p>
            </EmptyState>
          ) : null}
          {STATES.map((state) => {
            const group = list.filter((m) => m.state === state);
            if (group.length === 0) return null;
            return (
              <section key={state} aria-labelledby={`metrics-${state}`}>
                <h2 id={`metrics-${state}`}>{t(HEADINGS[state])}</h2>
                <ul className="cards">
                  {group.map((m) => (
                    <li key={m.id} className="card">
                      <h3>{m.name}</h3>
                      <p>{describe(m)}</p>
                      <p className="muted">{status(m)}</p>
                      {m.state === 'retired' ? null : (
                        <p className="actions">
                          {m.canAccept ? (
                            <button
                              type="button"
                              className="button"
                              disabled={accept.isPending}
                              onClick={() =>
                                accept.mutate(m.id, {
                                  onSuccess: () =>
                                    toast({ message: t('metrics.accepted', { name: m.name }) }),
                                })
                              }
                            >
                              {t('metrics.accept', { name: m.name })}
                            </button>
                          ) : null}
                          {m.state === 'accepted' || m.proposedByMe ? (
                            <button
                              type="button"
                              className="button secondary"
                              onClick={() => {
                                retire.reset();
                                setRetiring(m);
                              }}
                            >
                              {t(m.state === 'proposed' ? 'metrics.withdraw' : 'metrics.retire', {
                                name: m.name,
                              })}
                            </button>
                          ) : null}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
          <MetricForm />
          <ConfirmDialog
            open={retiring !== null}
            title={t(retiring?.state === 'proposed' ? 'metrics.withdrawTitle' : 'metrics.retireTitle', {
              name: retiring?.name ?? '',
            })}
            confirmLabel={t(
              retiring?.state === 'proposed' ? 'metrics.withdrawConfirm' : 'metrics.retireConfirm',
            )}
            danger
            busy={retire.isPending}
            error={retire.error ? errorMessage(retire.error) : null}
            onConfirm={confirmRetire}
            onClose={() => setRetiring(null)}
          >
            <p>{t(retiring?.state === 'proposed' ? 'metrics.withdrawBody' : 'metrics.retireBody')}</p>
          </ConfirmDialog>
        </>
      )}
    </Screen>
  );
}
