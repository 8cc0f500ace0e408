/** "Kiểm tra": run the validation, see the summary, filter and walk through the findings. */
import { Button, Field, ProgressBar } from '@fluentui/react-components';
import { EraserRegular } from '@fluentui/react-icons/svg/eraser';
import { PaintBucketRegular } from '@fluentui/react-icons/svg/paint-bucket';
import { TaskListSquareLtrRegular } from '@fluentui/react-icons/svg/task-list-square-ltr';
import { lazy, Suspense, useMemo } from 'react';
import { formatNumber } from '../../format';
import {
  missingFindings,
  selectFindingsBySheet,
  severityCounts,
  summaryDetail,
  summaryIntent,
  summaryText,
} from '../../state';
import { S } from '../../../domain/messages/taskpane';
import { BusyIcon } from '../BusyIcon';
import { NoticeBar } from '../NoticeBar';
import { LiveStatus } from '../LiveStatus/LiveStatus';
import { FindingGroups } from './FindingGroups';
import { HighlightLegend } from './HighlightLegend';
import { SeverityFilterBar } from './SeverityFilterBar';
import type { ValidateTabProps } from './ValidateTab.types';
import { useValidateTabStyles } from './useValidateTabStyles.styles';

/** The workbook's validation stamp: its own chunk. */
const StampNote = lazy(() => import(/* webpackChunkName: "stamp" */ '../Stamp/StampNote'));

export function ValidateTab({ state, actions }: ValidateTabProps) {
  const styles = useValidateTabStyles();
  const { report, validating, progress, notices, filter, highlighting } = state;
  const groups = useMemo(() => selectFindingsBySheet(report, filter), [report, filter]);
  const counts = useMemo(() => severityCounts(report), [report]);
  const phase = progress ? S.validate.phase[progress.phase] : S.validate.phase.starting;

  return (
    <div className={styles.root}>
      {!report ? <p className={styles.hint}>{S.validate.intro}</p> : null}
      <div className={styles.row}>
        <Button
          appearance="primary"
          icon={validating ? <BusyIcon /> : <TaskListSquareLtrRegular />}
          disabledFocusable={validating}
          onClick={() => void actions.validate()}
        >
          {validating ? S.validate.running : S.validate.button}
        </Button>
      </div>

      {validating ? (
        <Field label={phase} validationState="none">
          <ProgressBar
            thickness="large"
            max={1}
            value={progress ? Math.min(1, Math.max(0, progress.fraction)) : undefined}
          />
        </Field>
      ) : null}

      {notices.validate ? (
        <NoticeBar intent={notices.validate.intent} onDismiss={() => actions.dismiss('validate')}>
          {notices.validate.text}
        </NoticeBar>
      ) : null}

      {report ? (
        <>
          {state.reportOrigin === 'stored' ? <NoticeBar intent="info">{S.validate.storedNote}</NoticeBar> : null}
          {missingFindings(report) > 0 ? (
            <NoticeBar intent="warning">
              {S.validate.truncated(
                formatNumber(report.findings.length),
                formatNumber(report.findings.length + missingFindings(report)),
              )}
            </NoticeBar>
          ) : null}
          <LiveStatus state={state} onRecheck={() => void actions.validate()} />
          <NoticeBar intent={summaryIntent(report.stats)} title={summaryText(report.stats)}>
            {summaryDetail(report.stats)}
          </NoticeBar>
          {report.stamp ? (
            <Suspense fallback={null}>
              <StampNote report={report} />
            </Suspense>
          ) : null}
          {notices.stamp ? (
            <NoticeBar intent={notices.stamp.intent} onDismiss={() => actions.dismiss('stamp')}>
              {notices.stamp.text}
            </NoticeBar>
          ) : null}
        </>
      ) : null}

      <div className={styles.row}>
        <Button
          icon={highlighting === 'highlight' ? <BusyIcon /> : <PaintBucketRegular />}
          disabledFocusable={!report || highlighting !== null}
          onClick={() => void actions.highlight()}
        >
          {S.validate.highlight}
        </Button>
        <Button
          icon={highlighting === 'clear' ? <BusyIcon /> : <EraserRegular />}
          disabledFocusable={highlighting !== null}
          onClick={() => void actions.clearHighlights()}
        >
          {S.validate.clear}
        </Button>
      </div>
      {report ? <HighlightLegend /> : null}
      {notices.highlight ? (
        <NoticeBar intent={notices.highlight.intent} onDismiss={() => actions.dismiss('highlight')}>
          {notices.highlight.text}
        </NoticeBar>
      ) : null}

      {report && report.findings.length > 0 ? (
        <section className={styles.root} aria-label={S.validate.findingsTitle}>
          <h2 className={styles.heading}>{S.validate.findingsTitle}</h2>
          <SeverityFilterBar filter={filter} counts={counts} onToggle={actions.toggleSeverity} />
          {notices.navigate ? (
            <NoticeBar intent={notices.navigate.intent} onDismiss={() => actions.dismiss('navigate')}>
              {notices.navigate.text}
            </NoticeBar>
          ) : null}
          {groups.length === 0 ? <p className={styles.hint}>{S.validate.filterEmpty}</p> : null}
          {notices.explain ? (
            <NoticeBar intent={notices.explain.intent} onDismiss={() => actions.dismiss('explain')}>
              {notices.explain.text}
            </NoticeBar>
          ) : null}
          <FindingGroups
            groups={groups}
            all={report.findings}
            onActivate={(f) => void actions.goToFinding(f)}
            onGoTo={(ref) => void actions.goTo(ref)}
            onExplain={actions.explain}
          />
        </section>
      ) : null}
    </div>
  );
}
