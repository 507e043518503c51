interface Props {
  /** The question, as the group's legend. */
  legend: string;
  /** The form-wide unique name of the radio group. */
  name: string;
  /** One label per point, lowest first; `from` is the first point's value. */
  labels: readonly string[];
  from?: number;
  value: number | null;
  onChange: (value: number) => void;
  /** `list`: one big row per answer with its words; `row`: numbers side by side (1–7). */
  layout?: 'list' | 'row';
  className?: string;
}

/** A questionnaire item: radio buttons, one per point of the scale, keyboard and thumb friendly. */
export function ScaleInput({
  legend,
  name,
  labels,
  from = 0,
  value,
  onChange,
  layout = 'list',
  className,
}: Props) {
  return (
    <fieldset className={className}>
      <legend>{legend}</legend>
      <div className={layout === 'list' ? 'scale-options' : 'scale-row'}>
        {labels.map((label, i) => {
          const v = from + i;
          return (
            <label key={v}>
              <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
              {layout === 'list' ? (
                <>
                  {label}
                  <span className="points" aria-hidden="true">
                    {v}
                  </span>
                </>
              ) : (
                <span>{label}</span>
              )}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
