/**
 * The task pane: six tabs over one AddinService. No Office here — the service arrives as a prop,
 * so the same App runs in Excel, in the browser playground and in tests.
 */
import { FluentProvider, Tab, TabList, useId, webLightTheme } from '@fluentui/react-components';
import { lazy, memo, Suspense, useRef, useState, type ReactNode } from 'react';
import type { AddinService } from '../app/types';
import { InsertTab } from './components/InsertTab/InsertTab';
import { ValidateTab } from './components/ValidateTab/ValidateTab';
import { ServiceProvider, useService } from './ServiceContext';
import { parseTab, TAB_IDS, type TabId } from './state';
import { S } from '../domain/messages/taskpane';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';
import { useTabScroll } from './useTabScroll';

/*
 * Chỉ tiêu, Xuất kết quả, Tổng hợp and So sánh load on first use, each in its own chunk: the pane's first
 * paint carries only Chèn phụ lục and Kiểm tra (bundleGzipKB.taskpane in the bench).
 */
const IndicatorsTab = lazy(() =>
  import(/* webpackChunkName: "tab-indicators" */ './components/IndicatorsTab/IndicatorsTab').then((m) => ({
    default: m.IndicatorsTab,
  })),
);
const ExportTab = lazy(() =>
  import(/* webpackChunkName: "tab-export" */ './components/ExportTab/ExportTab').then((m) => ({
    default: m.ExportTab,
  })),
);
const AggregateTab = lazy(() =>
  import(/* webpackChunkName: "tab-aggregate" */ './components/AggregateTab/AggregateTab').then((m) => ({
    default: m.AggregateTab,
  })),
);

const CompareTab = lazy(() =>
  import(/* webpackChunkName: "tab-compare" */ './components/CompareTab/CompareTab').then((m) => ({
    default: m.CompareTab,
  })),
);

// Tabs with their own state skip the re-render when the shared state changes (a live re-check).
const InsertPanel = memo(InsertTab);
const AggregatePanel = memo(AggregateTab);
const ComparePanel = memo(CompareTab);

/** A hidden tab keeps what it showed and is brought up to date when it is shown again. */
const WhileShown = memo(
  function WhileShown({ children }: { hidden: boolean; children: ReactNode }) {
    return <>{children}</>;
  },
  (prev, next) => prev.hidden && next.hidden,
);

export interface AppProps {
  service: AddinService;
  /** Initial tab, e.g. from "?tab=insert"; unknown values open the first tab. */
  tab?: string | null;
}

export function App({ service, tab }: AppProps) {
  const styles = useAppStyles();
  return (
    <FluentProvider theme={webLightTheme} className={styles.provider} lang="vi">
      <ServiceProvider service={service}>
        <TaskPane initialTab={parseTab(tab)} />
      </ServiceProvider>
    </FluentProvider>
  );
}

function TaskPane({ initialTab }: { initialTab: TabId }) {
  const styles = useAppStyles();
  const service = useService();
  const { state, actions } = useApp(service, initialTab);
  const rootRef = useRef<HTMLDivElement>(null);
  useTabScroll(rootRef, state.tab);
  const baseId = useId('phuluc');
  const tabId = (t: TabId) => `${baseId}-tab-${t}`;
  const panelId = (t: TabId) => `${baseId}-panel-${t}`;
  // Chèn phụ lục and Kiểm tra are mounted from the start; the lazy tabs the first time they are
  // shown. Once mounted a panel stays (drafts and lists survive tab switches).
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['insert', 'validate', state.tab]));
  if (!opened.has(state.tab)) setOpened(new Set([...opened, state.tab]));

  const panel = (t: TabId) => {
    switch (t) {
      case 'insert':
        return <InsertPanel />;
      case 'validate':
        return <ValidateTab state={state} actions={actions} />;
      case 'indicators':
        return <IndicatorsTab state={state} actions={actions} />;
      case 'export':
        return <ExportTab state={state} actions={actions} />;
      case 'aggregate':
        return <AggregatePanel />;
      case 'compare':
        return <ComparePanel />;
    }
  };

  return (
    <div className={styles.root} ref={rootRef}>
      <TabList
        className={styles.tabs}
        size="small"
        aria-label={S.tabsLabel}
        selectedValue={state.tab}
        onTabSelect={(_, d) => actions.selectTab(d.value as TabId)}
      >
        {TAB_IDS.map((t) => (
          <Tab key={t} value={t} id={tabId(t)} aria-controls={panelId(t)}>
            {S.tabs[t]}
          </Tab>
        ))}
      </TabList>
      {/* Every panel, once opened, stays mounted (hidden when not selected) so drafts and lists survive tab switches. */}
      {TAB_IDS.map((t) => (
        <div
          key={t}
          role="tabpanel"
          id={panelId(t)}
          aria-labelledby={tabId(t)}
          hidden={state.tab !== t}
          className={styles.panel}
        >
          {opened.has(t) ? (
            <Suspense fallback={<p className={styles.loading}>{S.loadingTab}</p>}>
              <WhileShown hidden={state.tab !== t}>{panel(t)}</WhileShown>
            </Suspense>
          ) : null}
        </div>
      ))}
    </div>
  );
}
