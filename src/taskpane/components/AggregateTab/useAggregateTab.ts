/** State of the aggregate tab: the running aggregation, its progress per file, and its outcome. */
import { useCallback, useReducer, useRef } from 'react';
import type { AddinService, AggregateFile, AggregateFilesProgress, AggregateFilesResult } from '../../../app/types';
import { failure, S } from '../../../domain/messages/taskpane';

export interface AggregateState {
  running: boolean;
  /** The file being read; null before the first one and after the last one. */
  progress: AggregateFilesProgress | null;
  result: AggregateFilesResult | null;
  error: string | null;
}

export type AggregateAction =
  | { type: 'started' }
  | { type: 'progress'; progress: AggregateFilesProgress }
  | { type: 'succeeded'; result: AggregateFilesResult }
  | { type: 'failed'; message: string }
  | { type: 'dismiss' };

export const initialAggregateState: AggregateState = { running: false, progress: null, result: null, error: null };

export function aggregateReducer(state: AggregateState, action: AggregateAction): AggregateState {
  switch (action.type) {
    case 'started':
      return { running: true, progress: null, result: null, error: null };
    case 'progress':
      return state.running ? { ...state, progress: action.progress } : state;
    case 'succeeded':
      return { running: false, progress: null, result: action.result, error: null };
    case 'failed':
      return { running: false, progress: null, result: null, error: action.message };
    case 'dismiss':
      return { ...state, result: null, error: null };
    default:
      return state;
  }
}

/** The bytes of a picked file (Blob.arrayBuffer where there is one, FileReader otherwise). */
export function readPickedFile(file: File): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });
}

/** "Đang đọc 3/20: XaA.xlsx" */
export function progressText(p: AggregateFilesProgress | null): string {
  return p ? S.aggregate.reading(p.index, p.total, p.fileName) : S.aggregate.starting;
}

export function useAggregateTab(service: AddinService) {
  const [state, dispatch] = useReducer(aggregateReducer, initialAggregateState);
  const runningRef = useRef(false);

  const run = useCallback(
    async (picked: readonly File[], includeInvalid: boolean) => {
      if (runningRef.current || picked.length === 0) return;
      runningRef.current = true;
      dispatch({ type: 'started' });
      try {
        const files: AggregateFile[] = [];
        for (const f of picked) {
          let data: ArrayBuffer;
          try {
            data = await readPickedFile(f);
          } catch {
            throw new Error(S.aggregate.readFailed(f.name));
          }
          files.push({ name: f.name, data });
        }
        const result = await service.aggregateFiles(files, { includeInvalid }, (progress) =>
          dispatch({ type: 'progress', progress }),
        );
        dispatch({ type: 'succeeded', result });
      } catch (err) {
        dispatch({ type: 'failed', message: failure(S.aggregate.failed, err) });
      } finally {
        runningRef.current = false;
      }
    },
    [service],
  );

  const dismiss = useCallback(() => dispatch({ type: 'dismiss' }), []);
  return { state, run, dismiss };
}
