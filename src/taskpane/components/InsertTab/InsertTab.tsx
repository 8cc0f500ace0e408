/** "Chèn phụ lục": report settings, then the annex catalog with one "Chèn" button each. */
import { Accordion, AccordionHeader, AccordionItem, Button, Spinner, useId } from '@fluentui/react-components';
import { AccordionPanel } from '../AccordionPanel/AccordionPanel';
import { DocumentTableRegular } from '@fluentui/react-icons/svg/document-table';
import { TableAddRegular } from '@fluentui/react-icons/svg/table-add';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useService } from '../../ServiceContext';
import { S } from '../../../domain/messages/taskpane';
import { BusyIcon } from '../BusyIcon';
import { NoticeBar } from '../NoticeBar';
import { useSettingsForm } from '../SettingsForm/useSettingsForm';
import { useInsertTab } from './useInsertTab';
import { useInsertTabStyles } from './useInsertTabStyles.styles';

const SETTINGS = 'settings';

/** The form's fields (Fluent Input, Textarea, Radio) load when the section first opens, not with the pane. */
const SettingsForm = lazy(() =>
  import(/* webpackChunkName: "settings-form" */ '../SettingsForm/SettingsForm').then((m) => ({
    default: m.SettingsForm,
  })),
);

/** "Nhập từ bảng có sẵn…": the import engine, the readers and the preview load when the officer opens it. */
const ImportPanel = lazy(() =>
  import(/* webpackChunkName: "import-panel" */ '../ImportPanel/ImportPanel').then((m) => ({
    default: m.ImportPanel,
  })),
);

export function InsertTab() {
  const styles = useInsertTabStyles();
  const service = useService();
  const catalog = useMemo(() => service.catalog(), [service]);
  const limitations = useMemo(() => service.limitations(), [service]);
  const form = useSettingsForm(service);
  const catalogTitleId = useId('catalog-title');

  // The settings section starts open for a workbook without a unit name (first use), closed otherwise.
  const [settingsOpen, setSettingsOpen] = useState<boolean | null>(null);
  const loadedBase = form.state.base;
  useEffect(() => {
    if (settingsOpen === null && loadedBase) setSettingsOpen(loadedBase.unitName.trim() === '');
  }, [settingsOpen, loadedBase]);
  const openSettings = useCallback(() => setSettingsOpen(true), []);

  // Saved with the form's button: the form closes (the catalog and its "Chèn" come back into view)
  // and "Đã lưu" shows under the section's header, where focus goes.
  const headerRef = useRef<HTMLButtonElement>(null);
  const savedRef = useRef<HTMLDivElement>(null);
  const savedAt = form.state.savedAt;
  useEffect(() => {
    if (savedAt === 0) return undefined;
    setSettingsOpen(false);
    headerRef.current?.focus();
    // After the form has closed, so the notice is where the pane now shows it.
    const frame = requestAnimationFrame(() => savedRef.current?.scrollIntoView?.({ block: 'nearest' }));
    return () => cancelAnimationFrame(frame);
  }, [savedAt]);
  const savedNotice = form.state.notice?.intent === 'success' && form.state.noticeFrom === 'save';

  const { state, insert, dismiss } = useInsertTab(service, form.commit, openSettings);
  const [importOpen, setImportOpen] = useState(false);
  const importTitleId = useId('import-title');

  return (
    <div className={styles.root}>
      {limitations.length > 0 ? (
        <NoticeBar intent="warning" title={S.insert.limitationsTitle}>
          {limitations.join(' ')}
        </NoticeBar>
      ) : null}

      <Accordion
        collapsible
        openItems={settingsOpen === false ? [] : [SETTINGS]}
        onToggle={(_, d) => setSettingsOpen(d.openItems.includes(SETTINGS))}
      >
        <AccordionItem value={SETTINGS}>
          <AccordionHeader as="h2" expandIconPosition="end" button={{ ref: headerRef }}>
            {S.settings.title}
          </AccordionHeader>
          {/* Right under the header, so it stays in place while the form below it closes. */}
          {savedNotice ? (
            <div ref={savedRef}>
              <NoticeBar intent="success" onDismiss={form.dismissNotice}>
                {form.state.notice!.text}
              </NoticeBar>
            </div>
          ) : null}
          <AccordionPanel>
            <Suspense fallback={<Spinner size="tiny" label={S.settings.loading} />}>
              <SettingsForm form={form} />
            </Suspense>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <section aria-labelledby={catalogTitleId} className={styles.root}>
        <h2 id={catalogTitleId} className={styles.heading}>
          {S.insert.catalogTitle}
        </h2>
        <p className={styles.hint}>{S.insert.catalogHint}</p>
        {catalog.length === 0 ? <p className={styles.hint}>{S.insert.catalogEmpty}</p> : null}
        <ul className={styles.list}>
          {catalog.map((t) => {
            const busy = state.inserting === t.id;
            const result = state.results[t.id];
            return (
              <li key={t.id} className={styles.item}>
                <div className={styles.itemMain}>
                  <div className={styles.itemText}>
                    <h3 className={styles.itemTitle}>{t.title}</h3>
                    <p className={styles.itemDescription}>{t.description}</p>
                  </div>
                  <Button
                    className={styles.itemButton}
                    icon={busy ? <BusyIcon /> : <TableAddRegular />}
                    aria-label={busy ? S.insert.inserting : S.insert.buttonLabel(t.title)}
                    disabledFocusable={state.inserting !== null}
                    onClick={() => void insert(t.id)}
                  >
                    {busy ? S.insert.inserting : S.insert.button}
                  </Button>
                </div>
                {result ? (
                  <NoticeBar intent={result.intent} onDismiss={() => dismiss(t.id)}>
                    {result.text}
                  </NoticeBar>
                ) : null}
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby={importTitleId} className={styles.root}>
        <h2 id={importTitleId} className={styles.heading}>
          {S.insert.importTitle}
        </h2>
        {importOpen ? (
          <Suspense fallback={<Spinner size="tiny" label={S.insert.importLoading} />}>
            <ImportPanel />
          </Suspense>
        ) : (
          <div>
            <Button icon={<DocumentTableRegular />} onClick={() => setImportOpen(true)}>
              {S.insert.importButton}
            </Button>
          </div>
        )}
      </section>
    </div>
  );
}
