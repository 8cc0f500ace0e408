/**
 * The validation stamp of the workbook, as the receiving level will read it: "Đã kiểm tra lúc …
 * — số liệu không đổi từ đó", "Số liệu đã sửa sau lần kiểm tra lúc …" or "Chưa kiểm tra", with
 * what it does and does not guarantee. Loaded on first use (its own chunk).
 */
import type { Report } from '../../../domain/report/schema';
import { STAMP_PANE, stampSentence } from '../../../domain/messages/stamp';
import { NoticeBar } from '../NoticeBar';
import { useStampNoteStyles } from './useStampNoteStyles.styles';

export interface StampNoteProps {
  report: Report;
}

export default function StampNote({ report }: StampNoteProps) {
  const styles = useStampNoteStyles();
  const stamp = report.stamp;
  if (!stamp) return null;
  const intent =
    stamp.status === 'modified' ? 'warning' : stamp.status === 'unchanged' && !stamp.errors ? 'success' : 'info';
  return (
    <div className={styles.root} data-stamp={stamp.status}>
      <NoticeBar intent={intent} title={STAMP_PANE.title}>
        {stampSentence(stamp)}
        {stamp.status === 'none' ? ` ${STAMP_PANE.noneHint}` : ''}
        {stamp.status === 'modified' ? ` ${STAMP_PANE.modifiedHint}` : ''}
      </NoticeBar>
      <p className={styles.scope}>{STAMP_PANE.scope}</p>
    </div>
  );
}
