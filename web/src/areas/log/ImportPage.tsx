import { type ChangeEvent, useId, useState } from 'react';
import { Link } from 'wouter';
import { errorMessage } from '../../api/client.ts';
import type { Kind } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { FormError } from '../../ui/FormError.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { fileToBase64 } from './import-file.ts';
import { kindLabel } from './kinds.ts';
import { type ImportBody, useImport, usePreviewImport } from './mutations.ts';

type DateOrder = NonNullable<ImportBody['dateOrder']>;
type ImportProblem = NonNullable<ReturnType<typeof usePreviewImport>['data']>['problems'][number];

/** An import problem in the reader's language, from its code (src/import/messages.ts). */
function problemText(p: ImportProblem): string {
  return t(`importProblem.${p.code}`, p.params);
}

/**
 * Import in two steps: the preview shows what the file holds and every problem with its line
 * number; only then can the person import, all or nothing.
 */
export default function ImportPage() {
  const id = useId();
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [dateOrder, setDateOrder] = useState<DateOrder | undefined>(undefined);
  const [visibility, setVisibility] = useState<'private' | 'shared'>('private');
  const preview = usePreviewImport();
  const commit = useImport();

  const body = (f: { name: string; content: string }, order: DateOrder | undefined): ImportBody => ({
    fileName: f.name,
    content: f.content,
    ...(order ? { dateOrder: order } : {}),
  });

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    commit.reset();
    setReadError(null);
    setDateOrder(undefined);
    if (!chosen) return;
    try {
      const f = { name: chosen.name, content: await fileToBase64(chosen) };
      setFile(f);
      preview.mutate(body(f, undefined));
    } catch (error) {
      setReadError(errorMessage(error));
    }
  };

  const chooseOrder = (order: DateOrder) => {
    setDateOrder(order);
    if (file) preview.mutate(body(file, order));
  };

  const summary = preview.data;
  const done = commit.data;
  const kinds = summary ? Object.entries(summary.byKind).filter(([, n]) => n > 0) : [];
  const askOrder = summary && (summary.needsDateOrder || dateOrder !== undefined);

  return (
    <Screen title={t('import.title')}>
      <p className="muted">{t('import.intro')}</p>

      <div className="card">
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('import.file')}</label>
          <p className="hint" id={`${id}-hint`}>
            {t('import.fileHint')}
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept=".txt,.md,.markdown,.csv,.json,.zip,text/plain,text/markdown,text/csv,application/json,application/zip"
            aria-describedby={`${id}-hint`}
            onChange={choose}
          />
        </div>
        <FormError message={readError ?? (preview.error ? errorMessage(preview.error) : null)} />
        <p role="status" className="muted">
          {preview.isPending ? t('import.reading') : ''}
        </p>
      </div>

      {summary && !done ? (
        <section className="card" aria-labelledby={`${id}-found`}>
          <h2 id={`${id}-found`}>{t('import.previewTitle')}</h2>
          <p>
            {summary.entries > 0
              ? t('import.entries', {
                  count: summary.entries,
                  first: summary.firstDate ? formatDay(summary.firstDate, 'medium') : '',
                  last: summary.lastDate ? formatDay(summary.lastDate, 'medium') : '',
                })
              : t('import.noEntries')}
          </p>
          {kinds.length > 0 ? (
            <ul className="plain-list">
              {kinds.map(([kind, n]) => (
                <li key={kind}>{t('import.byKind', { kind: kindLabel(kind as Kind), n })}</li>
              ))}
            </ul>
          ) : null}
          {summary.byKind.promise > 0 ? (
            <p className="muted">{t('import.promises', summary.promiseStates)}</p>
          ) : null}
          {summary.checkins > 0 ? (
            <p className="muted">{t('import.checkins', { count: summary.checkins })}</p>
          ) : null}
          {summary.habits > 0 ? (
            <p className="muted">{t('import.habits', { count: summary.habits })}</p>
          ) : null}

          {askOrder ? (
            <fieldset>
              <legend>{t('import.dateOrder')}</legend>
              {summary.needsDateOrder && dateOrder === undefined ? (
                <p className="hint">{t('import.askOrder')}</p>
              ) : null}
              <div className="chips">
                {(['day-first', 'month-first'] as const).map((order) => (
                  <label className="chip" key={order}>
                    <input
                      type="radio"
                      name="date-order"
                      checked={dateOrder === order}
                      onChange={() => chooseOrder(order)}
                    />
                    <span>{order === 'day-first' ? t('import.dayFirst') : t('import.monthFirst')}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ) : (
            <p className="muted">{sayPhrases(summary.dateOrderPhrases)}</p>
          )}

          {summary.problems.length > 0 ? (
            <div className="alert" role="alert">
              <h3>{t('import.problemsTitle', { count: summary.problems.length })}</h3>
              <p>{t('import.problemsBody')}</p>
              <ul className="plain-list">
                {summary.problems.slice(0, 50).map((p) => (
                  <li key={`${p.line}-${p.message}`}>
                    <strong>{p.line > 0 ? t('import.problemLine', { line: p.line }) : ''}</strong>{' '}
                    {problemText(p)}
                    {p.text ? (
                      <>
                        <br />
                        <code>{p.text}</code>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {summary.warnings.length > 0 ? (
            // Open when short: a line left out (e.g. a title before the first date) should be seen.
            <details open={summary.warnings.length <= 10}>
              <summary>{t('import.warningsTitle')}</summary>
              <ul className="plain-list">
                {summary.warnings.slice(0, 50).map((w) => (
                  <li key={`${w.line}-${w.message}`}>
                    {w.line > 0 ? `${t('import.problemLine', { line: w.line })}: ` : ''}
                    {w.text ? <q>{w.text}</q> : null} {problemText(w)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}

          {summary.problems.length === 0 && summary.entries > 0 ? (
            <form
              className="form"
              onSubmit={(event) => {
                event.preventDefault();
                if (file) commit.mutate({ ...body(file, dateOrder), visibility });
              }}
            >
              <fieldset>
                <legend>{t('import.visibility')}</legend>
                <div className="chips">
                  {(['private', 'shared'] as const).map((v) => (
                    <label className="chip" key={v}>
                      <input
                        type="radio"
                        name="visibility"
                        checked={visibility === v}
                        onChange={() => setVisibility(v)}
                      />
                      <span>{v === 'private' ? t('import.private') : t('import.shared')}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <FormError message={commit.error ? errorMessage(commit.error) : null} />
              <div className="actions">
                <button type="submit" className="button" disabled={commit.isPending}>
                  {commit.isPending ? t('import.going') : t('import.go', { count: summary.entries })}
                </button>
              </div>
            </form>
          ) : null}
        </section>
      ) : null}

      {done ? (
        <div className="card" role="status">
          <p>{t('import.done', { count: done.created })}</p>
          {done.habits.created + done.habits.checkoffs > 0 ? (
            <p className="muted">
              {t('import.habitsDone', { count: done.habits.created })}{' '}
              {t('import.habitDaysDone', { count: done.habits.checkoffs })}
            </p>
          ) : null}
          {done.duplicates > 0 ? (
            <p className="muted">{t('import.duplicates', { count: done.duplicates })}</p>
          ) : null}
          {done.domainsCreated.length > 0 ? (
            <p className="muted">{t('import.domains', { list: done.domainsCreated.join(', ') })}</p>
          ) : null}
          <div className="actions">
            <Link href={paths.log} className="button">
              {t('import.toLog')}
            </Link>
          </div>
        </div>
      ) : null}
    </Screen>
  );
}
