import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { isMessageKey, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { useToday } from '../../ui/today.ts';
import { useSwitchRole } from './mutations.ts';
import { anchorQueries, type Roles } from './queries.ts';

const SUGGESTED = ['lover', 'co-parent', 'friend', 'teammate', 'colleague'] as const;

/** A role's name: the suggested ones in the reader's language, a couple's own as they wrote it. */
export function roleName(role: string): string {
  const key = `roles.name.${role}`;
  return isMessageKey(key) ? t(key) : role;
}

/** Roles: which one each of you is in, switching out loud, and the ones left unused for a while. */
export default function RolesPage() {
  const roles = useQuery(anchorQueries.roles());
  return (
    <Screen
      title={t('roles.title')}
      intro={
        <>
          <p className="muted">{t('roles.intro')}</p>
          <p>
            <Link href={paths.anchors}>{t('anchors.back')}</Link>
          </p>
        </>
      }
      loadingLabel={t('roles.loading')}
      query={roles}
    >
      {(d) => (
        <div className="stack">
          <section className="card" aria-labelledby="roles-now">
            <h2 id="roles-now">{t('roles.now')}</h2>
            {d.current.length === 0 ? (
              <p>{t('roles.noneYet')}</p>
            ) : (
              <ul>
                {d.current.map((r) => (
                  <li key={r.userId}>
                    {t('roles.isIn', {
                      name: r.name,
                      role: roleName(r.role),
                      date: formatDay(r.date, 'medium'),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <Unused unused={d.unused} />
          <SwitchForm />
          {d.history.length > 0 ? (
            <section aria-labelledby="roles-history">
              <h2 id="roles-history">{t('roles.history')}</h2>
              <ul className="plain-list stack">
                {d.history.map((r) => (
                  <li key={r.id}>
                    <strong>{formatDay(r.date, 'medium')}</strong>:{' '}
                    {t('roles.switched', { name: r.name, role: roleName(r.role) })}
                    {r.note ? <> “{r.note}”</> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      )}
    </Screen>
  );
}

function Unused({ unused }: { unused: Roles['unused'] }) {
  const today = useToday();
  if (unused.length === 0) return null;
  return (
    <section className="card" aria-labelledby="roles-unused">
      <h2 id="roles-unused">{t('roles.unusedTitle')}</h2>
      <ul>
        {unused.map((u) => (
          <li key={u.role}>
            {u.lastUsed
              ? t('roles.unusedSince', {
                  role: roleName(u.role),
                  count: Math.round((Date.parse(today) - Date.parse(u.lastUsed)) / 86_400_000),
                })
              : t('roles.neverUsed', { role: roleName(u.role) })}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SwitchForm() {
  const change = useSwitchRole();
  const [role, setRole] = useState('');
  const [note, setNote] = useState('');
  const errors = splitError(change.error, ['role', 'note']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate(note.trim() ? { role, note } : { role }, {
      onSuccess: () => {
        setRole('');
        setNote('');
      },
    });
  };
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <h2>{t('roles.switchTitle')}</h2>
      <FormError message={errors.form} />
      <fieldset>
        <legend>{t('roles.pick')}</legend>
        <div className="chips">
          {SUGGESTED.map((r) => (
            <Button
              key={r}
              variant={role === r ? 'primary' : 'secondary'}
              small
              aria-pressed={role === r}
              onClick={() => setRole(r)}
            >
              {roleName(r)}
            </Button>
          ))}
        </div>
      </fieldset>
      <Field
        label={t('roles.field.role')}
        hint={t('roles.field.roleHint')}
        value={role}
        onChange={(e) => setRole(e.target.value)}
        error={errors.field.role}
      />
      <Field
        label={t('roles.field.note')}
        hint={t('roles.field.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.field.note}
      />
      <Button type="submit" disabled={change.isPending || !role.trim()}>
        {t('roles.switch')}
      </Button>
    </form>
  );
}
