/**
 * The live re-check: subscribes to the officer's edits (service.watchChanges) for as long as the
 * task pane is open and re-checks after each burst of edits, without ever writing to the
 * workbook. Where the host cannot report edits, the results are marked stale once the officer
 * has been away from the task pane (back in the sheet) and comes back.
 */
import { useEffect, useRef, type Dispatch, type MutableRefObject } from 'react';
import type { AddinService } from '../../../app/types';
import { failure } from '../../../domain/messages/taskpane';
import { L } from '../../../domain/messages/live';
import type { AppAction } from '../../state';
import { RecheckScheduler } from './recheckScheduler';

/** A re-check taking longer than this shows "Đang cập nhật theo ô vừa sửa…". */
export const SHOW_UPDATING_AFTER_MS = 150;

export interface LiveRecheck {
  /** The officer's Kiểm tra starts (it covers every edit so far). */
  validateStarted(): void;
  /** The officer's Kiểm tra ended (edits made meanwhile are re-checked now). */
  validateEnded(): void;
}

export function useLiveRecheck(
  service: AddinService,
  dispatch: Dispatch<AppAction>,
  /** Whether there is a report to keep up to date. */
  hasReportRef: MutableRefObject<boolean>,
  /** True while the officer's own Kiểm tra runs. */
  runningRef: MutableRefObject<boolean>,
): LiveRecheck {
  const schedulerRef = useRef<RecheckScheduler | null>(null);

  useEffect(() => {
    let alive = true;
    let stop: (() => Promise<void>) | undefined;
    const scheduler = new RecheckScheduler({
      busy: () => runningRef.current,
      run: async (changes) => {
        // "Đang cập nhật…" only for a slow re-check: a quick one would just flicker (and cost a render).
        const slow = setTimeout(() => alive && dispatch({ type: 'recheckStarted' }), SHOW_UPDATING_AFTER_MS);
        try {
          const report = await service.recheck(changes);
          if (alive) dispatch({ type: 'recheckSucceeded', report, at: Date.now() });
        } catch (err) {
          if (alive) dispatch({ type: 'recheckFailed', message: failure(L.recheckFailed, err) });
        } finally {
          clearTimeout(slow);
        }
      },
    });
    schedulerRef.current = scheduler;

    // Without change events: leaving the pane (for the sheet) and coming back may mean edits.
    let away = false;
    const onBlur = () => {
      away = true;
    };
    const onFocus = () => {
      if (away && hasReportRef.current) dispatch({ type: 'markStale' });
      away = false;
    };
    const watchBlur = () => {
      window.addEventListener('blur', onBlur);
      window.addEventListener('focus', onFocus);
    };

    service
      .watchChanges((changes) => {
        // Nothing to keep up to date before the first Kiểm tra.
        if (alive && hasReportRef.current) scheduler.edited(changes);
      })
      .then(
        (stopWatching) => {
          if (!alive) {
            void stopWatching?.().catch(() => undefined);
            return;
          }
          stop = stopWatching;
          dispatch({ type: 'liveMode', live: stopWatching ? 'on' : 'off' });
          if (!stopWatching) watchBlur();
        },
        () => {
          if (!alive) return;
          dispatch({ type: 'liveMode', live: 'off' });
          watchBlur();
        },
      );

    return () => {
      alive = false;
      scheduler.dispose();
      schedulerRef.current = null;
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      void stop?.().catch(() => undefined);
    };
  }, [service, dispatch, hasReportRef, runningRef]);

  return useRef<LiveRecheck>({
    validateStarted: () => schedulerRef.current?.covered(),
    validateEnded: () => schedulerRef.current?.idle(),
  }).current;
}
