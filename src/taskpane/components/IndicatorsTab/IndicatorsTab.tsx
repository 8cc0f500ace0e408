/** "Chỉ tiêu": status chart, then every indicator with its value and targets. */
import { Button } from '@fluentui/react-components';
import { TaskListSquareLtrRegular } from '@fluentui/react-icons/svg/task-list-square-ltr';
import type { AppState } from '../../state';
import { S } from '../../../domain/messages/taskpane';
import type { AppActions } from '../../useApp';
import { NoticeBar } from '../NoticeBar';
import { LiveStatus } from '../LiveStatus/LiveStatus';
import { IndicatorCard } from './IndicatorCard';
import { StatusChart } from './StatusChart';
import { useIndicatorsTabStyles } from './useIndicatorsTabStyles.styles';

export interface IndicatorsTabProps {
  state: AppState;
  actions: AppActions;
}

export function IndicatorsTab({ state, actions }: IndicatorsTabProps) {
  const styles = useIndicatorsTabStyles();
  const { report } = state;

  if (!report) {
    return (
      <div className={styles.root}>
        <p className={styles.hint}>{S.indicators.empty}</p>
        <div>
          <Button
            appearance="primary"
            icon={<TaskListSquareLtrRegular />}
            disabledFocusable={state.validating}
            onClick={() => {
              actions.selectTab('validate');
              void actions.validate();
            }}
          >
            {S.indicators.emptyButton}
          </Button>
        </div>
      </div>
    );
  }

  if (report.indicators.length === 0) {
    return (
      <div className={styles.root}>
        <p className={styles.hint}>{S.indicators.none}</p>
      </div>
    );
  }

  return (
    <div className={styles.root}>
      <LiveStatus state={state} onRecheck={() => void actions.validate()} />
      <StatusChart indicators={report.indicators} />
      {state.notices.navigate ? (
        <NoticeBar intent={state.notices.navigate.intent} onDismiss={() => actions.dismiss('navigate')}>
          {state.notices.navigate.text}
        </NoticeBar>
      ) : null}
      <ul className={styles.list}>
        {report.indicators.map((i, n) => (
          <IndicatorCard key={`${i.id}|${n}`} indicator={i} onGoTo={(ref) => void actions.goTo(ref)} />
        ))}
      </ul>
    </div>
  );
}
