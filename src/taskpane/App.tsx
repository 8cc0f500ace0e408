/**
 * The task pane: five tabs over one AddinService. No Office here — the service arrives as a prop,
 * so the same App runs in Excel, in the browser playground and in tests.
 */
import { FluentProvider, Tab, TabList, useId, webLightTheme } from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';
import type { AddinService } from '../app/types';
import { AggregateTab } from './components/AggregateTab/AggregateTab';
import { ExportTab } from './components/ExportTab/ExportTab';
import { IndicatorsTab } from './components/IndicatorsTab/IndicatorsTab';
import { InsertTab } from './components/InsertTab/InsertTab';
import { ValidateTab } from './components/ValidateTab/ValidateTab';
import { ServiceProvider, useService } from './ServiceContext';
import { parseTab, TAB_IDS, type TabId } from './state';
import { S } from '../domain/messages/taskpane';
import { useApp } from './useApp';
import { useAppStyles } from './useAppStyles.styles';

// Tabs with their own state skip the re-render when the shared state changes (a live re-check).
const InsertPanel = memo(InsertTab);
const AggregatePanel = memo(AggregateTab);

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
  const baseId = useId('phuluc');
  const tabId = (t: TabId) => `${baseId}-tab-${t}`;
  const panelId = (t: TabId) => `${baseId}-panel-${t}`;

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
    }
  };

  return (
    <div className={styles.root}>
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
      {/* Every panel stays mounted (hidden when not selected) so drafts and lists survive tab switches. */}
      {TAB_IDS.map((t) => (
        <div
          key={t}
          role="tabpanel"
          id={panelId(t)}
          aria-labelledby={tabId(t)}
          hidden={state.tab !== t}
          className={styles.panel}
        >
          <WhileShown hidden={state.tab !== t}>{panel(t)}</WhileShown>
        </div>
      ))}
    </div>
  );
}
