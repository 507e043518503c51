import { useLocation, useRoute } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { LogoutButton } from '../account/LogoutButton.tsx';
import { BecomeCoachForm } from '../coach/BecomeCoachForm.tsx';
import { CreateCoupleForm } from './CreateCoupleForm.tsx';
import { JoinForm } from './JoinForm.tsx';

/**
 * After sign-up: start a couple space, or join the partner's with their code. A /join/CODE link
 * puts joining first, with the code filled in.
 */
export default function SetupPage() {
  const [, navigate] = useLocation();
  const [invited, params] = useRoute<{ code: string }>('/join/:code');
  const code = invited ? decodeURIComponent(params.code) : '';
  const create = (
    <section className="card" aria-labelledby="create-heading">
      <h2 id="create-heading">{t('setup.createTitle')}</h2>
      <p className="muted">{t('setup.createBody')}</p>
      <CreateCoupleForm onDone={() => navigate(paths.invite, { replace: true, state: { fresh: true } })} />
    </section>
  );
  const join = (
    <section className="card" aria-labelledby="join-heading">
      <h2 id="join-heading">{t('setup.joinTitle')}</h2>
      <p className="muted">{t('setup.joinBody')}</p>
      <JoinForm initialCode={code} onDone={() => navigate(paths.log, { replace: true })} />
    </section>
  );
  return (
    <div className="center-page">
      <PageTitle>{t('setup.title')}</PageTitle>
      <p>{t('setup.intro')}</p>
      {invited ? join : create}
      {invited ? create : join}
      <section className="card" aria-labelledby="coach-heading">
        <h2 id="coach-heading">{t('coach.role.title')}</h2>
        <p className="muted">{t('coach.role.body')}</p>
        <BecomeCoachForm />
      </section>
      <LogoutButton />
    </div>
  );
}
