/** State of the "So sánh" tab: the comparison with last year's file, and writing its sheet. */
import { useCallback, useReducer, useRef } from 'react';
import type { AddinService, AggregateFile } from '../../../app/types';
import { warningAsFinding, type CompareResult, type CompareWarning } from '../../../domain/compare/compare';
import { EXPLAIN_MSG } from '../../../domain/messages/stamp';
import { COMPARE_PANE } from '../../../domain/messages/compare';
import { failure, S } from '../../../domain/messages/taskpane';
import { readPickedFile } from '../AggregateTab/useAggregateTab';

export interface CompareState {
  running: boolean;
  fileName: string | null;
  result: CompareResult | null;
  error: string | null;
  writing: boolean;
  /** The sheet written for the current result. */
  written: string | null;
  writeError: string | null;
}

export type CompareAction =
  | { type: 'started'; fileName: string }
  | { type: 'succeeded'; result: CompareResult }
  | { type: 'failed'; message: string }
  | { type: 'writing' }
  | { type: 'written'; sheetName: string }
  | { type: 'writeFailed'; message: string }
  | { type: 'dismiss' };

export const initialCompareState: CompareState = {
  running: false,
  fileName: null,
  result: null,
  error: null,
  writing: false,
  written: null,
  writeError: null,
};

export function compareReducer(state: CompareState, action: CompareAction): CompareState {
  switch (action.type) {
    case 'started':
      return { ...initialCompareState, running: true, fileName: action.fileName };
    case 'succeeded':
      return { ...state, running: false, result: action.result };
    case 'failed':
      return { ...state, running: false, result: null, error: action.message };
    case 'writing':
      return { ...state, writing: true, written: null, writeError: null };
    case 'written':
      return { ...state, writing: false, written: action.sheetName };
    case 'writeFailed':
      return { ...state, writing: false, writeError: action.message };
    case 'dismiss':
      return { ...state, error: null, writeError: null, written: null };
    default:
      return state;
  }
}

/** A refusal from the comparison is already a sentence for the officer; anything else gets the prefix. */
function compareError(err: unknown): string {
  if (err instanceof Error && err.name === 'CompareRefused') return err.message;
  return failure(COMPARE_PANE.failed, err);
}

export function useCompareTab(service: AddinService) {
  const [state, dispatch] = useReducer(compareReducer, initialCompareState);
  const busy = useRef(false);
  /** Last year's file, kept to compare again after an explanation is saved. */
  const lastFile = useRef<AggregateFile | null>(null);

  const run = useCallback(
    async (file: File | undefined) => {
      if (!file || busy.current) return;
      busy.current = true;
      dispatch({ type: 'started', fileName: file.name });
      try {
        const data = await readPickedFile(file);
        lastFile.current = { name: file.name, data };
        const result = await service.compareWithLastYear(lastFile.current);
        dispatch({ type: 'succeeded', result });
      } catch (err) {
        dispatch({ type: 'failed', message: compareError(err) });
      } finally {
        busy.current = false;
      }
    },
    [service],
  );

  const writeSheet = useCallback(async () => {
    if (!state.result || busy.current) return;
    busy.current = true;
    dispatch({ type: 'writing' });
    try {
      const { sheetName } = await service.writeCompareSheet(state.result);
      dispatch({ type: 'written', sheetName });
    } catch (err) {
      dispatch({ type: 'writeFailed', message: failure(COMPARE_PANE.writeFailed, err) });
    } finally {
      busy.current = false;
    }
  }, [service, state.result]);

  const goTo = useCallback(
    async (sheet: string, cell: string) => {
      try {
        await service.goTo({ sheet, cell });
      } catch (err) {
        dispatch({ type: 'writeFailed', message: failure(S.validate.goToFailed, err) });
      }
    },
    [service],
  );

  /**
   * "Giải trình…" under a warning: stored in the workbook like a validation warning's (the
   * service re-checks and re-stamps), then the comparison runs again so the warning shows it.
   */
  const explain = useCallback(
    async (w: CompareWarning, text: string): Promise<boolean> => {
      if (!lastFile.current) return false;
      try {
        await service.explain(warningAsFinding(w), text);
        const result = await service.compareWithLastYear(lastFile.current);
        dispatch({ type: 'succeeded', result });
        return true;
      } catch (err) {
        dispatch({ type: 'writeFailed', message: failure(EXPLAIN_MSG.failed, err) });
        return false;
      }
    },
    [service],
  );

  const dismiss = useCallback(() => dispatch({ type: 'dismiss' }), []);
  return { state, run, writeSheet, goTo, explain, dismiss };
}
