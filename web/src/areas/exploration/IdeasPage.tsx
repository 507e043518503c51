import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Select } from '../../ui/kit/Select.tsx';
import { combine, Screen } from '../../ui/Screen.tsx';
import { domainLabel } from '../couple/domain-label.ts';
import { coupleQueries } from '../couple/queries.ts';
import { useAddIdea, useStartTry } from './mutations.ts';
import { explorationQueries, type Idea } from './queries.ts';
import './exploration.css';
import { ideaText } from './idea-words.ts';

type Domain = { id: string; label: string };

/** The idea pool per domain: starter ideas and the couple's own, how each went, and adding one. */
export default function IdeasPage() {
  const ideas = useQuery(explorationQueries.ideas());
  const couple = useQuery(coupleQueries.space());
  const overview = useQuery(explorationQueries.overview());
  // This month's zone first: the whole pool is long on a phone.
  const [picked, setPicked] = useState<string | null>(null);
  const domain = picked ?? overview.data?.zone.id ?? '';
  return (
    <Screen
      title={t('ideas.title')}
      intro={
        <>
          <p className="muted">{t('ideas.intro')}</p>
          <p>
            <Link href={paths.exploration}>{t('ideas.back')}</Link>
          </p>
        </>
      }
      loadingLabel={t('ideas.loading')}
      query={combine(ideas, couple)}
    >
      {([pool, space]) => {
        const domains: Domain[] = space.domains;
        const shown = domains.filter((d) => !domain || d.id === domain);
        return (
          <div className="stack">
            <AddIdea domains={domains} initial={domain} />
            <Select label={t('ideas.filter')} value={domain} onChange={(e) => setPicked(e.target.value)}>
              <option value="">{t('ideas.allDomains')}</option>
              {domains.map((d) => (
                <option key={d.id} value={d.id}>
                  {domainLabel(d)}
                </option>
              ))}
            </Select>
            {shown.map((d) => {
              const list = pool.ideas.filter((i) => i.domain === d.id);
              return (
                <section key={d.id} aria-labelledby={`domain-${d.id}`}>
                  <h2 id={`domain-${d.id}`}>{domainLabel(d)}</h2>
                  {list.length === 0 ? (
                    <p className="muted">{t('ideas.emptyDomain')}</p>
                  ) : (
                    <ul className="plain-list cards">
                      {list.map((i) => (
                        <IdeaRow key={i.id} idea={i} />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        );
      }}
    </Screen>
  );
}

function IdeaRow({ idea: i }: { idea: Idea }) {
  const start = useStartTry();
  const [, navigate] = useLocation();
  return (
    <li className="card idea">
      <p className="idea-text">{ideaText(i)}</p>
      <p>
        <Badge>{t(`ideas.source.${i.source}`)}</Badge>{' '}
        <span className="muted">
          {i.triedTogether === 0
            ? t('ideas.untried')
            : t('ideas.went', { count: i.triedTogether, pct: Math.round(100 * i.mean) })}
        </span>
      </p>
      <FormError message={splitError(start.error, []).form} />
      <Button
        variant="secondary"
        small
        disabled={start.isPending}
        onClick={() => start.mutate({ ideaId: i.id }, { onSuccess: () => navigate(paths.exploration) })}
      >
        {t('ideas.try')}
      </Button>
    </li>
  );
}

function AddIdea({ domains, initial }: { domains: Domain[]; initial: string }) {
  const add = useAddIdea();
  const [text, setText] = useState('');
  const [domain, setDomain] = useState(initial || domains[0]?.id || '');
  const errors = splitError(add.error, ['text', 'domain']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ domain, text }, { onSuccess: () => setText('') });
  };
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <h2>{t('ideas.add')}</h2>
      <FormError message={errors.form} />
      <Field
        label={t('ideas.field.text')}
        hint={t('ideas.field.textHint')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={errors.field.text}
        required
      />
      <Select
        label={t('ideas.field.domain')}
        value={domain}
        onChange={(e) => setDomain(e.target.value)}
        error={errors.field.domain}
      >
        {domains.map((d) => (
          <option key={d.id} value={d.id}>
            {domainLabel(d)}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={add.isPending}>
        {t('ideas.submit')}
      </Button>
    </form>
  );
}
