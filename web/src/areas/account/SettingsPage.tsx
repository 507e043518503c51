import { t } from '../../i18n.ts';
import { Screen } from '../../ui/Screen.tsx';
import { LogDefaultSection } from '../couple/LogDefaultSection.tsx';
import { ProfileSection } from '../couple/ProfileSection.tsx';
import { ReminderSection } from '../reminders/ReminderSection.tsx';
import { DataSection } from './DataSection.tsx';
import { DeleteAccountSection } from './DeleteAccountSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { LockSection } from './LockSection.tsx';
import { LogoutButton } from './LogoutButton.tsx';
import { PasskeySection } from './PasskeySection.tsx';
import { PasswordSection } from './PasswordSection.tsx';
import { SessionsSection } from './SessionsSection.tsx';

/** Your name and zone, your language, reminders and devices, your password and lock, and leaving. */
export default function SettingsPage() {
  return (
    <Screen title={t('settings.title')}>
      <ProfileSection />
      <LogDefaultSection />
      <LanguageSection />
      <ReminderSection />
      <SessionsSection />
      <PasswordSection />
      <PasskeySection />
      <LockSection />
      <DataSection />
      <section className="card" aria-labelledby="logout-heading">
        <h2 id="logout-heading">{t('account.logoutTitle')}</h2>
        <p className="muted">{t('account.logoutBody')}</p>
        <LogoutButton />
      </section>
      <DeleteAccountSection />
    </Screen>
  );
}
