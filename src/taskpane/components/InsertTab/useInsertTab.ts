/** State of the insert tab: which annex is being inserted, and the outcome per annex. */
import { useCallback, useReducer } from 'react';
import type { AddinService } from '../../../app/types';
import type { Notice } from '../../state';
import { failure, S } from '../../../domain/messages/taskpane';
import type { CommitResult } from '../SettingsForm/useSettingsForm';

export interface InsertState {
  /** Template being inserted, if any (one at a time). */
  inserting: string | null;
  /** Last outcome per template id. */
  results: Record<string, Notice>;
}

export type InsertAction =
  | { type: 'started'; templateId: string }
  | { type: 'finished'; templateId: string; notice: Notice }
  | { type: 'dismiss'; templateId: string };

export function insertReducer(state: InsertState, action: InsertAction): InsertState {
  switch (action.type) {
    case 'started': {
      // Old successes ("Đã chèn vào trang tính …" under other annexes) go; errors stay until dismissed.
      const results: Record<string, Notice> = {};
      for (const [id, n] of Object.entries(state.results))
        if (id !== action.templateId && n.intent !== 'success') results[id] = n;
      return { inserting: action.templateId, results };
    }
    case 'finished':
      return { inserting: null, results: { ...state.results, [action.templateId]: action.notice } };
    case 'dismiss': {
      const results = { ...state.results };
      delete results[action.templateId];
      return { ...state, results };
    }
    default:
      return state;
  }
}

export function useInsertTab(
  service: AddinService,
  commitSettings: () => Promise<CommitResult>,
  onSettingsProblem: () => void,
) {
  const [state, dispatch] = useReducer(insertReducer, { inserting: null, results: {} });

  const insert = useCallback(
    async (templateId: string) => {
      dispatch({ type: 'started', templateId });
      const committed = await commitSettings();
      if (!committed.ok) {
        onSettingsProblem();
        dispatch({ type: 'finished', templateId, notice: { intent: 'error', text: committed.message } });
        return;
      }
      try {
        const { sheetName } = await service.insert(templateId, committed.settings);
        dispatch({ type: 'finished', templateId, notice: { intent: 'success', text: S.insert.done(sheetName) } });
      } catch (err) {
        dispatch({ type: 'finished', templateId, notice: { intent: 'error', text: failure(S.insert.failed, err) } });
      }
    },
    [service, commitSettings, onSettingsProblem],
  );

  return { state, insert, dismiss: (templateId: string) => dispatch({ type: 'dismiss', templateId }) };
}
