/** "Xuất kết quả": write the "Kết quả kiểm tra" sheet from the current report. */
import { tabRoot, tabHint } from '../tabStyles';
import { Button, makeStyles, useId } from '@fluentui/react-components';
import { DocumentTableArrowRightRegular } from '@fluentui/react-icons/svg/document-table-arrow-right';
import type { AppState } from '../../state';
import { countsPhrase, S } from '../../../domain/messages/taskpane';
import type { AppActions } from '../../useApp';
import { BusyIcon } from '../BusyIcon';
import { NoticeBar } from '../NoticeBar';

const useStyles = makeStyles({
  root: tabRoot,
  hint: tabHint,
});

export interface ExportTabProps {
  state: AppState;
  actions: AppActions;
}

export function ExportTab({ state, actions }: ExportTabProps) {
  const styles = useStyles();
  const explainId = useId('export-explain');
  const { report, exporting } = state;
  const notice = state.notices.export;

  return (
    <div className={styles.root}>
      <p className={styles.hint}>{S.exportTab.intro}</p>
      {report ? (
        <p className={styles.hint} id={explainId}>
          {S.exportTab.contents(countsPhrase(report.stats) || S.exportTab.nothingFound, report.indicators.length)}
        </p>
      ) : (
        <NoticeBar intent="info">
          <span id={explainId}>{S.exportTab.needValidation}</span>
        </NoticeBar>
      )}
      <div>
        <Button
          appearance="primary"
          icon={exporting ? <BusyIcon /> : <DocumentTableArrowRightRegular />}
          disabledFocusable={!report || exporting}
          aria-describedby={explainId}
          onClick={() => void actions.exportReport()}
        >
          {exporting ? S.exportTab.exporting : S.exportTab.button}
        </Button>
      </div>
      {notice ? (
        <NoticeBar intent={notice.intent} onDismiss={() => actions.dismiss('export')}>
          {notice.text}
        </NoticeBar>
      ) : null}
    </div>
  );
}
