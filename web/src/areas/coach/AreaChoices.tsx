import { t } from '../../i18n.ts';
import { COACH_AREAS, type CoachArea } from './queries.ts';

interface Props {
  legend: string;
  value: readonly CoachArea[];
  onChange: (areas: CoachArea[]) => void;
  /** Shown under the choices when nothing is chosen and the form was sent. */
  error?: string | null;
}

/** The areas a coach may see, one checkbox each. */
export function AreaChoices({ legend, value, onChange, error }: Props) {
  const toggle = (a: CoachArea, on: boolean) =>
    onChange(COACH_AREAS.filter((x) => (x === a ? on : value.includes(x))));
  return (
    <fieldset className="field">
      <legend className="field-label">{legend}</legend>
      {COACH_AREAS.map((a) => (
        <label key={a} className="choice">
          <input type="checkbox" checked={value.includes(a)} onChange={(e) => toggle(a, e.target.checked)} />{' '}
          {t(`coach.area.${a}`)}
        </label>
      ))}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export const areaList = (areas: readonly CoachArea[]) =>
  areas.length === 0 ? t('coach.links.none') : areas.map((a) => t(`coach.area.${a}`)).join(', ');
