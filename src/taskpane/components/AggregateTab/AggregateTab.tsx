/**
 * "Tổng hợp": the receiving officer picks the unit files (.xlsx, several at once); the task pane
 * reads them one by one ("Đang đọc 3/20: XaA.xlsx"), inserts the merged annexes and the
 * "Tình hình nộp báo cáo" sheet into the open workbook, then sums up what was included, left
 * out and duplicated. Nothing in the workbook is overwritten (a taken sheet name gets "(2)").
 */
import { Button, Field, ProgressBar, Radio, RadioGroup, useId } from '@fluentui/react-components';
import { DocumentMultipleRegular } from '@fluentui/react-icons/svg/document-multiple';
import { useRef, useState, type ChangeEvent } from 'react';
import { useService } from '../../ServiceContext';
import { S } from '../../../domain/messages/taskpane';
import { BusyIcon } from '../BusyIcon';
import { NoticeBar } from '../NoticeBar';
import { progressText, useAggregateTab } from './useAggregateTab';
import { useAggregateTabStyles } from './useAggregateTabStyles.styles';

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function AggregateTab() {
  const styles = useAggregateTabStyles();
  const service = useService();
  const { state, run, dismiss } = useAggregateTab(service);
  const [includeInvalid, setIncludeInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId('aggregate-title');
  const hintId = useId('aggregate-hint');

  const onPicked = (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    // Cleared so that picking the same files again starts a new aggregation.
    e.target.value = '';
    void run(files, includeInvalid);
  };

  const { running, progress, result, error } = state;
  const statusSheet = result?.sheets[result.sheets.length - 1];
  const annexSheets = result ? result.sheets.slice(0, -1) : [];

  return (
    <section aria-labelledby={titleId} className={styles.root}>
      <h2 id={titleId} className={styles.heading}>
        {S.aggregate.title}
      </h2>
      <p className={styles.hint} id={hintId}>
        {S.aggregate.intro}
      </p>
      <Field label={S.aggregate.invalidFiles}>
        <RadioGroup
          value={includeInvalid ? 'include' : 'leave'}
          disabled={running}
          onChange={(_, d) => setIncludeInvalid(d.value === 'include')}
        >
          <Radio value="leave" label={S.aggregate.leaveOut} />
          <Radio value="include" label={S.aggregate.includeInvalid} />
        </RadioGroup>
      </Field>
      <div>
        <Button
          appearance="primary"
          icon={running ? <BusyIcon /> : <DocumentMultipleRegular />}
          disabledFocusable={running}
          aria-describedby={hintId}
          onClick={() => inputRef.current?.click()}
        >
          {running ? S.aggregate.running : S.aggregate.button}
        </Button>
        <input
          ref={inputRef}
          className={styles.fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          aria-label={S.aggregate.fileInput}
          tabIndex={-1}
          onChange={onPicked}
        />
      </div>

      {running ? (
        <div className={styles.progress}>
          <ProgressBar
            aria-label={S.aggregate.progressLabel}
            thickness="large"
            value={progress ? (progress.index - 1) / Math.max(1, progress.total) : undefined}
          />
          <p className={styles.progressText} role="status" aria-live="polite">
            {progressText(progress)}
          </p>
        </div>
      ) : null}

      {error ? (
        <NoticeBar intent="error" onDismiss={dismiss}>
          {error}
        </NoticeBar>
      ) : null}

      {result ? (
        <>
          <NoticeBar intent={result.included > 0 ? 'success' : 'warning'} onDismiss={dismiss}>
            {result.included > 0
              ? S.aggregate.done(result.included, result.excluded, result.duplicates)
              : S.aggregate.noneIncluded(result.excluded, result.duplicates)}{' '}
            {annexSheets.length > 0
              ? `${S.aggregate.sheetsInserted(annexSheets.map((s) => `"${s}"`).join(', '))} `
              : ''}
            {statusSheet ? S.aggregate.statusSheet(statusSheet) : ''}
          </NoticeBar>
          <dl className={styles.summary} aria-label={S.aggregate.summaryTitle}>
            <dt className={styles.summaryLabel}>{S.aggregate.included}</dt>
            <dd className={styles.summaryValue}>{result.included}</dd>
            <dt className={styles.summaryLabel}>{S.aggregate.excluded}</dt>
            <dd className={styles.summaryValue}>{result.excluded}</dd>
            <dt className={styles.summaryLabel}>{S.aggregate.duplicates}</dt>
            <dd className={styles.summaryValue}>{result.duplicates}</dd>
          </dl>
        </>
      ) : null}
    </section>
  );
}
