/**
 * "Nhập từ bảng có sẵn…": the officer picks an .xlsx or .docx with last year's annexes in their
 * own layout (or selects the table in a sheet); the preview shows each table with what it was
 * recognised as and each column with the annex column it goes to — a list the officer can
 * change — then "Chèn phụ lục đã nhập" inserts the standard annexes (new sheets, never over
 * one; deleting them removes them). Loaded on first use (its own chunk).
 */
import { Button, Select } from '@fluentui/react-components';
import { DocumentTableRegular } from '@fluentui/react-icons/svg/document-table';
import { TableAddRegular } from '@fluentui/react-icons/svg/table-add';
import { useRef, type ChangeEvent } from 'react';
import type { ImportPreviewTable } from '../../../app/types';
import { IMPORT_PANE } from '../../../domain/messages/import-pane';
import { useService } from '../../ServiceContext';
import { BusyIcon } from '../BusyIcon';
import { NoticeBar } from '../NoticeBar';
import { useImportPanel } from './useImportPanel';
import { useImportPanelStyles } from './useImportPanelStyles.styles';

const ACCEPT =
  '.xlsx,.docx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const NONE = '__none__';

function TablePreview({
  table,
  disabled,
  onChoose,
}: {
  table: ImportPreviewTable;
  disabled: boolean;
  onChoose: (column: number, target: string | null) => void;
}) {
  const styles = useImportPanelStyles();
  return (
    <li className={styles.table}>
      <p className={styles.summary}>{table.summary}</p>
      {table.templateId ? (
        <>
          <p className={styles.line}>{table.rowsLine}</p>
          <ul className={styles.list} aria-label={IMPORT_PANE.columnsCaption(table.name)}>
            {table.columns.map((c) => {
              const value = c.target ?? (c.status === 'ignored' ? NONE : '');
              return (
                <li key={c.index} className={styles.column}>
                  <p className={styles.columnHeader}>{IMPORT_PANE.columnLabel(c.index + 1, c.header)}</p>
                  <Select
                    className={styles.select}
                    size="small"
                    aria-label={IMPORT_PANE.selectLabel(c.index + 1, c.header)}
                    value={value}
                    disabled={disabled}
                    onChange={(_, d) => onChoose(c.index, d.value === NONE ? null : d.value)}
                  >
                    {value === '' ? <option value="">{`${IMPORT_PANE.chooseTarget} (${c.text})`}</option> : null}
                    {/* A target the list does not offer (the row number column): shown as it is, never as another. */}
                    {value !== '' && value !== NONE && !table.options.some((o) => o.id === value) ? (
                      <option value={value}>{c.text}</option>
                    ) : null}
                    {table.options.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.label}
                      </option>
                    ))}
                    <option value={NONE}>{IMPORT_PANE.noTarget}</option>
                  </Select>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <p className={styles.line}>{IMPORT_PANE.tableNotRecognised}</p>
      )}
    </li>
  );
}

export function ImportPanel() {
  const styles = useImportPanelStyles();
  const service = useService();
  const { state, pickFile, fromSelection, chooseColumn, insert, dismiss } = useImportPanel(service);
  const inputRef = useRef<HTMLInputElement>(null);
  const { busy, preview, error, done } = state;

  const onPicked = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    // Cleared so that picking the same file again reads it again.
    e.target.value = '';
    void pickFile(file);
  };

  return (
    <section aria-label={IMPORT_PANE.title} className={styles.root}>
      <p className={styles.hint}>{IMPORT_PANE.hint}</p>
      <div className={styles.actions}>
        <Button
          icon={busy === 'reading' ? <BusyIcon /> : <DocumentTableRegular />}
          disabledFocusable={busy !== null}
          onClick={() => inputRef.current?.click()}
        >
          {busy === 'reading' ? IMPORT_PANE.reading : IMPORT_PANE.pickFile}
        </Button>
        {service.canImportSelection() ? (
          <Button disabledFocusable={busy !== null} onClick={() => void fromSelection()}>
            {IMPORT_PANE.useSelection}
          </Button>
        ) : null}
        <input
          ref={inputRef}
          className={styles.fileInput}
          type="file"
          accept={ACCEPT}
          aria-label={IMPORT_PANE.pickFile}
          tabIndex={-1}
          onChange={onPicked}
        />
      </div>

      {error ? (
        <NoticeBar intent="error" onDismiss={dismiss}>
          {error}
        </NoticeBar>
      ) : null}
      {done ? (
        <NoticeBar intent="success" onDismiss={dismiss}>
          {done}
        </NoticeBar>
      ) : null}

      {preview ? (
        <>
          <h3 className={styles.subheading}>{IMPORT_PANE.previewTitle(preview.sourceName)}</h3>
          {preview.tables.length === 0 ? <p className={styles.hint}>{IMPORT_PANE.noTables}</p> : null}
          <ul className={styles.list}>
            {preview.tables.map((t) => (
              <TablePreview
                key={t.id}
                table={t}
                disabled={busy !== null}
                onChoose={(column, target) => chooseColumn(t.id, column, target)}
              />
            ))}
          </ul>
          {preview.nothing ? (
            <NoticeBar intent="warning">{preview.nothing}</NoticeBar>
          ) : (
            <>
              <h3 className={styles.subheading}>{IMPORT_PANE.annexesTitle}</h3>
              <ul className={styles.list} aria-label={IMPORT_PANE.annexesTitle}>
                {preview.annexes.map((a) => (
                  <li key={a.templateId} className={styles.line}>
                    {IMPORT_PANE.annexLine(a.title, a.rows, a.values)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {preview.unplaced.length > 1 ? (
            <>
              <h3 className={styles.subheading}>{IMPORT_PANE.unplacedTitle}</h3>
              <ul className={styles.list} aria-label={IMPORT_PANE.unplacedTitle}>
                {preview.unplaced.slice(1).map((l, i) => (
                  <li key={i} className={styles.line}>
                    {l.replace(/^\s*-\s*/, '')}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className={styles.hint}>{preview.unplaced[0]}</p>
          )}
          {preview.notes.length ? (
            <>
              <h3 className={styles.subheading}>{IMPORT_PANE.notesTitle}</h3>
              <ul className={styles.list} aria-label={IMPORT_PANE.notesTitle}>
                {preview.notes.map((l, i) => (
                  <li key={i} className={styles.line}>
                    {l.replace(/^\s*-\s*/, '')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.nothing ? null : (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                icon={busy === 'inserting' ? <BusyIcon /> : <TableAddRegular />}
                disabledFocusable={busy !== null}
                onClick={() => void insert()}
              >
                {busy === 'inserting' ? IMPORT_PANE.inserting : IMPORT_PANE.insert}
              </Button>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
