/**
 * State of the report settings form: loads settings from the workbook, keeps the officer's
 * draft, saves it back. `commit()` gives the settings to use for an insertion (saving first
 * when the draft has unsaved changes), so an annex never carries stale header values.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { AddinService } from '../../../app/types';
import type { ReportSettings } from '../../../domain/settings';
import {
  draftFromSettings,
  draftToInput,
  hasErrors,
  newTargetKey,
  validateDraft,
  type DraftErrors,
  type DraftField,
  type SettingsDraft,
  type TargetDraft,
} from '../../settingsForm';
import type { Notice } from '../../state';
import { failure, S } from '../../../domain/messages/taskpane';

export interface SettingsFormState {
  status: 'loading' | 'ready' | 'saving';
  /** The settings as last loaded or saved. */
  base: ReportSettings | null;
  draft: SettingsDraft | null;
  dirty: boolean;
  /** Field errors are shown once the officer tries to save or insert. */
  showErrors: boolean;
  notice: Notice | null;
  /** What the notice is about: reading the settings (shown atop the form) or saving them (by the button). */
  noticeFrom: 'load' | 'save' | null;
  /** Counts saves made with the form's own button (the pane collapses the form after each). */
  savedAt: number;
}

export type SettingsFormAction =
  | { type: 'loaded'; settings: ReportSettings }
  | { type: 'loadFailed'; message: string; fallback: ReportSettings }
  | { type: 'edit'; field: DraftField; value: string }
  | { type: 'editTarget'; key: number; patch: Partial<Pick<TargetDraft, 'indicatorId' | 'value'>> }
  | { type: 'addTarget' }
  | { type: 'removeTarget'; key: number }
  | { type: 'revealErrors' }
  | { type: 'saveStarted' }
  | { type: 'saveSucceeded'; settings: ReportSettings; notify: boolean }
  | { type: 'saveFailed'; message: string }
  | { type: 'dismissNotice' };

export const initialSettingsFormState: SettingsFormState = {
  status: 'loading',
  base: null,
  draft: null,
  dirty: false,
  showErrors: false,
  notice: null,
  noticeFrom: null,
  savedAt: 0,
};

function editDraft(state: SettingsFormState, change: (d: SettingsDraft) => SettingsDraft): SettingsFormState {
  if (!state.draft) return state;
  return {
    ...state,
    draft: change(state.draft),
    dirty: true,
    notice: state.notice?.intent === 'success' ? null : state.notice,
  };
}

export function settingsFormReducer(state: SettingsFormState, action: SettingsFormAction): SettingsFormState {
  switch (action.type) {
    case 'loaded':
      return {
        ...state,
        status: 'ready',
        base: action.settings,
        draft: draftFromSettings(action.settings),
        dirty: false,
        notice: null,
      };
    case 'loadFailed':
      return {
        ...state,
        status: 'ready',
        base: action.fallback,
        draft: draftFromSettings(action.fallback),
        dirty: false,
        notice: { intent: 'error', text: action.message },
        noticeFrom: 'load',
      };
    case 'edit':
      return editDraft(state, (d) =>
        action.field === 'levelMode'
          ? { ...d, levelMode: action.value === 'two' ? 'two' : 'three' }
          : { ...d, [action.field]: action.value },
      );
    case 'editTarget':
      return editDraft(state, (d) => ({
        ...d,
        targets: d.targets.map((t) => (t.key === action.key ? { ...t, ...action.patch } : t)),
      }));
    case 'addTarget':
      return editDraft(state, (d) => ({
        ...d,
        targets: [...d.targets, { key: newTargetKey(), indicatorId: '', value: '' }],
      }));
    case 'removeTarget':
      return editDraft(state, (d) => ({ ...d, targets: d.targets.filter((t) => t.key !== action.key) }));
    case 'revealErrors':
      return { ...state, showErrors: true };
    case 'saveStarted':
      return { ...state, status: 'saving', notice: null };
    case 'saveSucceeded':
      return {
        ...state,
        status: 'ready',
        base: action.settings,
        draft: draftFromSettings(action.settings),
        dirty: false,
        showErrors: false,
        // Saved on "Chèn": the insertion's own notice says what happened.
        notice: action.notify ? { intent: 'success', text: S.settings.saved } : null,
        noticeFrom: action.notify ? 'save' : null,
        savedAt: action.notify ? state.savedAt + 1 : state.savedAt,
      };
    case 'saveFailed':
      return { ...state, status: 'ready', notice: { intent: 'error', text: action.message }, noticeFrom: 'save' };
    case 'dismissNotice':
      return { ...state, notice: null };
    default:
      return state;
  }
}

export type CommitResult = { ok: true; settings: ReportSettings } | { ok: false; message: string };

export interface SettingsForm {
  state: SettingsFormState;
  errors: DraftErrors;
  /** Errors to display (empty until the officer tries to save or insert). */
  shownErrors: DraftErrors;
  setField(field: DraftField, value: string): void;
  setTarget(key: number, patch: Partial<Pick<TargetDraft, 'indicatorId' | 'value'>>): void;
  addTarget(): void;
  removeTarget(key: number): void;
  /** Saves the draft; `quiet` (saved on "Chèn") shows no "Đã lưu" notice. */
  save(quiet?: boolean): Promise<CommitResult>;
  commit(): Promise<CommitResult>;
  dismissNotice(): void;
}

const NO_ERRORS: DraftErrors = { fields: {}, targets: {} };

export function useSettingsForm(service: AddinService): SettingsForm {
  const [state, dispatch] = useReducer(settingsFormReducer, initialSettingsFormState);
  const stateRef = useRef(state);
  stateRef.current = state;

  useEffect(() => {
    let alive = true;
    service.loadSettings().then(
      (settings) => alive && dispatch({ type: 'loaded', settings }),
      async (err: unknown) => {
        // The defaults come with the settings schema (zod), which the first paint does not load.
        const { defaultSettings } = await import(/* webpackChunkName: "settings" */ '../../../domain/settings');
        if (alive)
          dispatch({ type: 'loadFailed', message: failure(S.settings.loadFailed, err), fallback: defaultSettings() });
      },
    );
    return () => {
      alive = false;
    };
  }, [service]);

  const errors = useMemo(
    () => (state.draft && state.base ? validateDraft(state.draft, state.base) : NO_ERRORS),
    [state.draft, state.base],
  );

  const save = useCallback(
    async (quiet = false): Promise<CommitResult> => {
      const { draft, base, status } = stateRef.current;
      if (!draft || !base || status !== 'ready') return { ok: false, message: S.insert.settingsNotReady };
      if (hasErrors(validateDraft(draft, base))) {
        dispatch({ type: 'revealErrors' });
        return { ok: false, message: S.insert.settingsInvalid };
      }
      dispatch({ type: 'saveStarted' });
      try {
        const settings = await service.saveSettings(draftToInput(draft, base));
        dispatch({ type: 'saveSucceeded', settings, notify: !quiet });
        return { ok: true, settings };
      } catch (err) {
        const message = failure(S.settings.saveFailed, err);
        dispatch({ type: 'saveFailed', message });
        return { ok: false, message };
      }
    },
    [service],
  );

  const commit = useCallback(async (): Promise<CommitResult> => {
    const { base, dirty, status } = stateRef.current;
    if (!base || status !== 'ready') return { ok: false, message: S.insert.settingsNotReady };
    return dirty ? save(true) : { ok: true, settings: base };
  }, [save]);

  return {
    state,
    errors,
    shownErrors: state.showErrors ? errors : NO_ERRORS,
    setField: useCallback((field, value) => dispatch({ type: 'edit', field, value }), []),
    setTarget: useCallback((key, patch) => dispatch({ type: 'editTarget', key, patch }), []),
    addTarget: useCallback(() => dispatch({ type: 'addTarget' }), []),
    removeTarget: useCallback((key) => dispatch({ type: 'removeTarget', key }), []),
    save,
    commit,
    dismissNotice: useCallback(() => dispatch({ type: 'dismissNotice' }), []),
  };
}
