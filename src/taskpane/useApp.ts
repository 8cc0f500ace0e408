/**
 * The task pane's shared state (report, validation run, filter, notices) and the service calls
 * that change it. Every service error becomes a Vietnamese notice; none is swallowed.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { AddinService } from '../app/types';
import type { Finding, Report, Severity } from '../domain/report/schema';
import {
  appReducer,
  findingTarget,
  initialAppState,
  parseTab,
  type AppState,
  type NoticeArea,
  type TabId,
} from './state';
import { onTabRequested } from './showTab';
import { currentWorkbookIdentity } from './workbookIdentity';
import { failure, S } from '../domain/messages/taskpane';
import { EXPLAIN_MSG } from '../domain/messages/stamp';
import { useLiveRecheck } from './components/LiveStatus/useLiveRecheck';

export interface AppActions {
  selectTab(tab: TabId): void;
  validate(): Promise<void>;
  toggleSeverity(severity: Severity): void;
  goTo(ref: { sheet: string; cell: string }): Promise<void>;
  goToFinding(finding: Finding): Promise<void>;
  highlight(): Promise<void>;
  clearHighlights(): Promise<void>;
  exportReport(): Promise<void>;
  /** Stores (empty text: removes) the explanation of a warning; true when it was stored. */
  explain(finding: Finding, text: string): Promise<boolean>;
  dismiss(area: NoticeArea): void;
}

export function useApp(service: AddinService, initialTab: TabId): { state: AppState; actions: AppActions } {
  const [state, dispatch] = useReducer(appReducer, undefined, () => initialAppState(initialTab, null));
  // The latest report for callbacks that must not be re-created on every change.
  const reportRef = useRef<Report | null>(state.report);
  reportRef.current = state.report;
  const runningRef = useRef(false);
  const hasReportRef = useRef(state.report !== null);
  hasReportRef.current = state.report !== null;
  // Re-checks as the officer edits (never writes to the workbook).
  const live = useLiveRecheck(service, dispatch, hasReportRef, runningRef);

  // The ribbon command's last report, checked against the report schema (zod): that check loads
  // after the first paint, in its own chunk, then shows the stored report and follows new ones.
  useEffect(() => {
    let alive = true;
    let unsubscribe: (() => void) | undefined;
    // Only this workbook's (its identity, kept in the workbook): localStorage is shared by every
    // workbook of our origin, and "go to" / highlight must never act on another one's report.
    void Promise.all([import(/* webpackChunkName: "last-report" */ './lastReport'), currentWorkbookIdentity()]).then(
      ([{ onStoredNotice, onStoredReport, readStoredReport }, workbook]) => {
        if (!alive || !workbook) return;
        const stored = readStoredReport(workbook);
        // Not over a report this pane made meanwhile.
        if (stored && !reportRef.current) dispatch({ type: 'storedReportLoaded', report: stored });
        const offReport = onStoredReport(workbook, (report) => dispatch({ type: 'storedReportLoaded', report }));
        // A ribbon "Kiểm tra" that failed: its Vietnamese message shows on the Kiểm tra tab.
        const offNotice = onStoredNotice(workbook, (notice) => {
          if (notice.level === 'error') dispatch({ type: 'validateFailed', message: notice.text });
        });
        unsubscribe = () => {
          offReport();
          offNotice();
        };
      },
    );
    return () => {
      alive = false;
      unsubscribe?.();
    };
  }, []);

  // The ribbon's buttons choose the tab (shared runtime: they run in this window).
  useEffect(() => onTabRequested((tab) => dispatch({ type: 'selectTab', tab: parseTab(tab) })), []);

  const validate = useCallback(async () => {
    if (runningRef.current) return;
    runningRef.current = true;
    live.validateStarted();
    dispatch({ type: 'validateStarted' });
    try {
      // "Kiểm tra" records the validation stamp in the workbook; live re-checks never write.
      const { report, stampError } = await service.validateAndStamp((progress) =>
        dispatch({ type: 'validateProgress', progress }),
      );
      dispatch({ type: 'validateSucceeded', report, at: Date.now(), ...(stampError ? { stampError } : {}) });
    } catch (err) {
      dispatch({ type: 'validateFailed', message: failure(S.validate.failed, err) });
    } finally {
      runningRef.current = false;
      live.validateEnded();
    }
  }, [service, live]);

  const goTo = useCallback(
    async (ref: { sheet: string; cell: string }) => {
      try {
        await service.goTo(ref);
        dispatch({ type: 'dismissNotice', area: 'navigate' });
      } catch (err) {
        dispatch({ type: 'navigateFailed', message: failure(S.validate.goToFailed, err) });
      }
    },
    [service],
  );

  const highlight = useCallback(async () => {
    const report = reportRef.current;
    if (!report) return;
    dispatch({ type: 'highlightStarted', which: 'highlight' });
    try {
      const count = await service.highlight(report);
      dispatch({ type: 'highlightSucceeded', which: 'highlight', count });
    } catch (err) {
      dispatch({ type: 'highlightFailed', message: failure(S.validate.highlightFailed, err) });
    }
  }, [service]);

  const clearHighlights = useCallback(async () => {
    dispatch({ type: 'highlightStarted', which: 'clear' });
    try {
      await service.clearHighlights();
      dispatch({ type: 'highlightSucceeded', which: 'clear' });
    } catch (err) {
      dispatch({ type: 'highlightFailed', message: failure(S.validate.clearFailed, err) });
    }
  }, [service]);

  const exportReport = useCallback(async () => {
    const report = reportRef.current;
    if (!report) return;
    dispatch({ type: 'exportStarted' });
    try {
      const { sheetName } = await service.exportReport(report);
      dispatch({ type: 'exportSucceeded', sheetName });
    } catch (err) {
      dispatch({ type: 'exportFailed', message: failure(S.exportTab.failed, err) });
    }
  }, [service]);

  const explain = useCallback(
    async (finding: Finding, text: string) => {
      try {
        const { report } = await service.explain(finding, text);
        dispatch({ type: 'explainSucceeded', report, removed: text.trim() === '' });
        return true;
      } catch (err) {
        dispatch({ type: 'explainFailed', message: failure(EXPLAIN_MSG.failed, err) });
        return false;
      }
    },
    [service],
  );

  const actions = useMemo<AppActions>(
    () => ({
      selectTab: (tab) => dispatch({ type: 'selectTab', tab }),
      validate,
      toggleSeverity: (severity) => dispatch({ type: 'toggleSeverity', severity }),
      goTo,
      goToFinding: (finding) => goTo(findingTarget(finding)),
      highlight,
      clearHighlights,
      exportReport,
      explain,
      dismiss: (area) => dispatch({ type: 'dismissNotice', area }),
    }),
    [validate, goTo, highlight, clearHighlights, exportReport, explain],
  );

  return { state, actions };
}
