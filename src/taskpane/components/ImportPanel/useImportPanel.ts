/** State of "Nhập từ bảng có sẵn…": the source, the officer's column choices, the preview, the insert. */
import { useCallback, useRef, useState } from 'react';
import type { AddinService, ImportOverrides, ImportPreview, ImportSource } from '../../../app/types';
import { failure } from '../../../domain/messages/taskpane';
import { IMPORT_PANE } from '../../../domain/messages/import-pane';
import { readPickedFile } from '../AggregateTab/useAggregateTab';

export interface ImportPanelState {
  busy: 'reading' | 'inserting' | null;
  source: ImportSource | null;
  overrides: ImportOverrides;
  preview: ImportPreview | null;
  error: string | null;
  done: string | null;
}

const INITIAL: ImportPanelState = { busy: null, source: null, overrides: {}, preview: null, error: null, done: null };

export function useImportPanel(service: AddinService) {
  const [state, setState] = useState<ImportPanelState>(INITIAL);
  // The latest request wins: a slower earlier preview never replaces a newer one.
  const seq = useRef(0);

  const load = useCallback(
    async (source: ImportSource, overrides: ImportOverrides) => {
      const mine = ++seq.current;
      setState((s) => ({ ...s, busy: 'reading', source, overrides, error: null, done: null }));
      try {
        const preview = await service.importPreview(source, overrides);
        if (mine === seq.current) setState((s) => ({ ...s, busy: null, preview }));
      } catch (err) {
        if (mine === seq.current)
          setState((s) => ({ ...s, busy: null, preview: null, error: failure(IMPORT_PANE.failed, err) }));
      }
    },
    [service],
  );

  const pickFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      const data = await readPickedFile(file);
      await load({ kind: 'file', file: { name: file.name, data } }, {});
    },
    [load],
  );

  const fromSelection = useCallback(() => load({ kind: 'selection' }, {}), [load]);

  /** The officer's choice for a column: a target id, or null ("do not import this column"). */
  const chooseColumn = useCallback(
    (tableId: string, column: number, target: string | null) => {
      if (!state.source) return;
      const tables = { ...(state.overrides.tables ?? {}) };
      const t = tables[tableId] ?? {};
      tables[tableId] = { ...t, columns: { ...(t.columns ?? {}), [column]: target } };
      void load(state.source, { ...state.overrides, tables });
    },
    [state.source, state.overrides, load],
  );

  const insert = useCallback(async () => {
    if (!state.source) return;
    const { source, overrides } = state;
    setState((s) => ({ ...s, busy: 'inserting', error: null, done: null }));
    try {
      const { sheets } = await service.importInsert(source, overrides);
      setState({ ...INITIAL, done: IMPORT_PANE.done(sheets) });
    } catch (err) {
      setState((s) => ({ ...s, busy: null, error: failure(IMPORT_PANE.failed, err) }));
    }
  }, [service, state]);

  const dismiss = useCallback(() => setState((s) => ({ ...s, error: null, done: null })), []);

  return { state, pickFile, fromSelection, chooseColumn, insert, dismiss };
}
