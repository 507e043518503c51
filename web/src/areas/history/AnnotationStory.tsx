import { useEffect, useRef } from 'react';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { Button } from '../../ui/kit/Button.tsx';
import type { Annotation } from './queries.ts';
import { annotationStory, annotationTitle } from './words.ts';

interface Props {
  annotation: Annotation;
  onClose: () => void;
}

/** The story behind one mark on the history: what, when, for how long, and an experiment's phases. */
export function AnnotationStory({ annotation: a, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus follows the tap, so a screen reader reads the story at once (again for each new story).
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new story is the reason to move focus
  useEffect(() => heading.current?.focus(), [a.id]);
  return (
    <section className="card history-story" aria-labelledby={`story-${a.id}`}>
      <p className="muted small">
        {t(`history.kind.${a.kind}`)} · {formatDay(a.date, 'long')}
        {a.until && a.until !== a.date ? ` – ${formatDay(a.until, 'long')}` : ''}
      </p>
      <h2 id={`story-${a.id}`} tabIndex={-1} ref={heading}>
        {annotationTitle(a)}
      </h2>
      <p>{annotationStory(a)}</p>
      {a.phases && a.phases.length > 0 ? (
        <ol className="plain-list history-phases" aria-label={t('history.phases')}>
          {a.phases.map((p) => (
            <li key={p.label}>
              <strong>{p.label}</strong> ({p.condition === 'A' ? t('history.phaseA') : t('history.phaseB')}):{' '}
              {formatDay(p.start, 'medium')} – {formatDay(p.end, 'medium')}
            </li>
          ))}
        </ol>
      ) : null}
      <Button variant="quiet" onClick={onClose}>
        {t('history.closeStory')}
      </Button>
    </section>
  );
}
