/**
 * "So sánh": the officer picks last year's .xlsx report; the pane compares the open workbook
 * with it (the result `phuluc compare` prints) and lists the warnings, each taking the officer
 * to its cell, the indicator trends and the notes. "Ghi sheet …" inserts the "So sánh với năm
 * trước" sheet (a new sheet; deleting it removes it). Last year's file is only read.
 */
import { Button } from '@fluentui/react-components';
import { HistoryRegular } from '@fluentui/react-icons/svg/history';
import { TableAddRegular } from '@fluentui/react-icons/svg/table-add';
import { lazy, Suspense, useRef, type ChangeEvent } from 'react';
import {
  warningAsFinding,
  type CompareResult,
  type CompareWarning,
  type IndicatorTrend,
} from '../../../domain/compare/compare';
import { COMPARE_MSG, COMPARE_PANE, TREND_LABEL, WARNING_LABEL } from '../../../domain/messages/compare';
import { formatVnNumber, roundTo } from '../../../domain/parse/number';
import { S } from '../../../domain/messages/taskpane';
import { useService } from '../../ServiceContext';
import { BusyIcon } from '../BusyIcon';
import { NoticeBar } from '../NoticeBar';
import { useCompareTab } from './useCompareTab';
import { useCompareTabStyles } from './useCompareTabStyles.styles';

const Explain = lazy(() => import(/* webpackChunkName: "explain" */ '../Explain/Explain'));

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const trendValue = (v: number | null, b: boolean | undefined) =>
  b !== undefined ? (b ? 'Có' : 'Không') : v === null ? '—' : formatVnNumber(roundTo(v, 2));

interface ResultsProps {
  result: CompareResult;
  onGoTo(sheet: string, cell: string): void;
  onExplain(w: CompareWarning, text: string): Promise<boolean>;
}

/** The unit after a trend's values; none for yes/no indicators. */
const trendUnit = (t: IndicatorTrend) => (t.lastBool !== undefined || t.thisBool !== undefined ? '' : ` ${t.unit}`);

function Results({ result, onGoTo, onExplain }: ResultsProps) {
  const styles = useCompareTabStyles();
  return (
    <>
      <h3 className={styles.subheading}>{COMPARE_PANE.warningsTitle}</h3>
      {result.warnings.length === 0 ? (
        <p className={styles.hint}>{COMPARE_PANE.noWarnings}</p>
      ) : (
        <ul className={styles.list} aria-label={COMPARE_PANE.warningsTitle}>
          {result.warnings.map((w, i) => (
            <li key={`${w.rule}@${w.sheet}!${w.cell}#${i}`} className={styles.item}>
              <span className={styles.kind}>{WARNING_LABEL[w.kind]}</span>
              <p className={styles.message}>{w.message}</p>
              {w.explanation ? (
                <p className={styles.explanation}>
                  {COMPARE_PANE.explained} {w.explanation}
                </p>
              ) : null}
              {w.cell && w.sheet ? (
                <div className={styles.actions}>
                  <Button size="small" onClick={() => onGoTo(w.sheet, w.cell)}>
                    {S.indicators.goTo(w.cell)}
                  </Button>
                </div>
              ) : null}
              {w.cell && w.sheet ? (
                <Suspense fallback={null}>
                  <Explain finding={warningAsFinding(w)} onExplain={(_, text) => onExplain(w, text)} />
                </Suspense>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {result.trends.length ? (
        <>
          <h3 className={styles.subheading}>{COMPARE_PANE.trendsTitle}</h3>
          <p className={styles.hint}>
            {COMPARE_MSG.trends(result.stats.improved, result.stats.declined, result.stats.unchanged)}
          </p>
          <ul className={styles.list} aria-label={COMPARE_PANE.trendsTitle}>
            {result.trends.map((t) => (
              <li key={t.id} className={styles.message}>
                {`${t.id}: ${trendValue(t.last, t.lastBool)} → ${trendValue(t.this, t.thisBool)}${trendUnit(t)} — ${TREND_LABEL[t.trend]}`}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {result.notes.length ? (
        <>
          <h3 className={styles.subheading}>{COMPARE_PANE.notesTitle}</h3>
          <ul className={styles.list} aria-label={COMPARE_PANE.notesTitle}>
            {result.notes.map((n, i) => (
              <li key={`${n.kind}#${i}`} className={styles.explanation}>
                {n.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function CompareTab() {
  const styles = useCompareTabStyles();
  const service = useService();
  const { state, run, writeSheet, goTo, explain, dismiss } = useCompareTab(service);
  const inputRef = useRef<HTMLInputElement>(null);

  const onPicked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that picking the same file again compares again.
    e.target.value = '';
    void run(file);
  };
  const { running, result, error, writing, written, writeError, fileName } = state;

  return (
    <section aria-label={COMPARE_PANE.title} className={styles.root}>
      <h2 className={styles.heading}>{COMPARE_PANE.title}</h2>
      <p className={styles.hint}>{COMPARE_PANE.intro}</p>
      <div>
        <Button
          appearance="primary"
          icon={running ? <BusyIcon /> : <HistoryRegular />}
          disabledFocusable={running || writing}
          onClick={() => inputRef.current?.click()}
        >
          {running ? COMPARE_PANE.running : COMPARE_PANE.button}
        </Button>
        <input
          ref={inputRef}
          className={styles.fileInput}
          type="file"
          accept={ACCEPT}
          aria-label={COMPARE_PANE.fileInput}
          tabIndex={-1}
          onChange={onPicked}
        />
      </div>

      {error ? (
        <NoticeBar intent="error" onDismiss={dismiss}>
          {error}
        </NoticeBar>
      ) : null}

      {result ? (
        <>
          <NoticeBar intent={result.stats.warnings > result.stats.explained ? 'warning' : 'success'}>
            {COMPARE_MSG.summary(result.stats)}
          </NoticeBar>
          <p className={styles.hint}>
            {fileName ? `${COMPARE_PANE.lastFile(fileName)}. ` : ''}
            {`${COMPARE_MSG.side('last', result.last.unitName, result.last.year)}; ${COMPARE_MSG.side('this', result.this.unitName, result.this.year)}.`}
          </p>
          <div>
            <Button
              icon={writing ? <BusyIcon /> : <TableAddRegular />}
              disabledFocusable={writing || running}
              onClick={() => void writeSheet()}
            >
              {writing ? COMPARE_PANE.writing : COMPARE_PANE.writeSheet}
            </Button>
          </div>
          {written ? (
            <NoticeBar intent="success" onDismiss={dismiss}>
              {COMPARE_PANE.written(written)}
            </NoticeBar>
          ) : null}
          {writeError ? (
            <NoticeBar intent="error" onDismiss={dismiss}>
              {writeError}
            </NoticeBar>
          ) : null}
          <Results result={result} onGoTo={(sheet, cell) => void goTo(sheet, cell)} onExplain={explain} />
        </>
      ) : null}
    </section>
  );
}
