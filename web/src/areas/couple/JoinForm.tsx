import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { deviceTimeZone } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { useJoinCouple } from './mutations.ts';
import { ProfileFields } from './ProfileFields.tsx';

interface Props {
  /** A code from a /join/CODE link, or empty. */
  initialCode: string;
  onDone: () => void;
}

/** The partner's invite code, your name and your time zone. */
export function JoinForm({ initialCode, onDone }: Props) {
  const [code, setCode] = useState(initialCode);
  const [displayName, setDisplayName] = useState('');
  const [timeZone, setTimeZone] = useState(deviceTimeZone);
  const join = useJoinCouple(onDone);
  const [local, setLocal] = useState<{ code?: string; displayName?: string } | null>(null);
  const server = splitError(join.error, ['code', 'displayName', 'timeZone']);
  // Checked here first, in the app's own words beside each field (not the browser's bubble).
  const errors = local ? { form: null, field: local } : server;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(code.replace(/[\s-]/g, '').length === 12 ? {} : { code: t('setup.codeInvalid') }),
      ...(displayName.trim() ? {} : { displayName: t('setup.nameMissing') }),
    };
    if (Object.keys(found).length > 0) return setLocal(found);
    setLocal(null);
    join.mutate({ code: code.trim(), displayName: displayName.trim(), timeZone });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={errors.form} />
      <Field
        label={t('setup.code')}
        hint={t('setup.codeHint')}
        name="code"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors.field.code}
      />
      <ProfileFields
        displayName={displayName}
        onDisplayName={setDisplayName}
        timeZone={timeZone}
        onTimeZone={setTimeZone}
        errors={errors.field}
      />
      <button type="submit" className="button" disabled={join.isPending}>
        {t('setup.joinButton')}
      </button>
    </form>
  );
}
