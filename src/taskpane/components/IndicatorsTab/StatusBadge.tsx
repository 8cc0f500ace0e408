/**
 * Đạt (success) / Chưa đạt (danger) / Chưa có số liệu and Chưa có chỉ tiêu (informative and
 * warning outlines) / Không đánh giá được (severe outline: fix the finding first).
 */
import { Badge } from '@fluentui/react-components';
import type { Status } from '../../../domain/report/schema';
import { STATUS_LABEL, statusLabel } from '../../../domain/messages/taskpane';

const LOOK: Record<
  Status,
  { color: 'success' | 'danger' | 'informative' | 'warning' | 'severe'; appearance: 'filled' | 'outline' }
> = {
  dat: { color: 'success', appearance: 'filled' },
  'chua-dat': { color: 'danger', appearance: 'filled' },
  'chua-co-so-lieu': { color: 'informative', appearance: 'outline' },
  'chua-co-chi-tieu': { color: 'warning', appearance: 'outline' },
  'khong-danh-gia-duoc': { color: 'severe', appearance: 'outline' },
};

export function StatusBadge({ status, side }: { status: Status; side?: 'local' | 'national' }) {
  const look = LOOK[status];
  return (
    <Badge color={look.color} appearance={look.appearance} shape="rounded">
      {side ? statusLabel(status, side) : STATUS_LABEL[status]}
    </Badge>
  );
}
