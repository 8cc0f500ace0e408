/**
 * One line above the results saying how fresh they are: kept up to date as the officer edits
 * ("Tự cập nhật khi sửa ô — lần cuối lúc 14:05:12"), updating now, or — where Excel cannot report
 * edits, or a re-check failed — "Kết quả đã cũ — bấm Kiểm tra lại" with the button.
 */
import { Button, Spinner } from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons/svg/arrow-sync';
import { L } from '../../../domain/messages/live';
import { formatCheckedAt } from '../../format';
import type { AppState } from '../../state';
import { NoticeBar } from '../NoticeBar';
import { useLiveStatusStyles } from './useLiveStatusStyles.styles';

export interface LiveStatusProps {
  state: Pick<AppState, 'report' | 'live' | 'rechecking' | 'stale' | 'checkedAt' | 'validating'>;
  onRecheck(): void;
}

export function LiveStatus({ state, onRecheck }: LiveStatusProps) {
  const styles = useLiveStatusStyles();
  if (!state.report || state.validating) return null;
  const time = state.checkedAt !== null ? formatCheckedAt(state.checkedAt) : null;

  if (state.stale) {
    return (
      <NoticeBar intent="warning" title={L.stale}>
        <span className={styles.staleBody}>
          {L.staleDetail}{' '}
          <Button size="small" icon={<ArrowSyncRegular />} onClick={onRecheck}>
            {L.recheck}
          </Button>
        </span>
      </NoticeBar>
    );
  }
  if (state.rechecking) {
    return (
      <p className={styles.line} data-live="updating">
        <Spinner size="extra-tiny" aria-hidden="true" />
        <span>{L.updating}</span>
      </p>
    );
  }
  if (state.live === 'on') {
    return (
      <p className={styles.line} data-live="on">
        <ArrowSyncRegular aria-hidden="true" className={styles.icon} />
        <span>{L.on(time)}</span>
      </p>
    );
  }
  if (state.live === 'off') {
    return (
      <p className={styles.line} data-live="off">
        {L.off(time)}
      </p>
    );
  }
  return null;
}
