/** Đạt (success) / Chưa đạt (danger) / Chưa có số liệu (informative outline: grey text, visible border). */
import { Badge } from '@fluentui/react-components';
import type { Status } from '../../../domain/report/schema';
import { STATUS_LABEL } from '../../../domain/messages/taskpane';

const LOOK: Record<Status, { color: 'success' | 'danger' | 'informative'; appearance: 'filled' | 'outline' }> = {
  dat: { color: 'success', appearance: 'filled' },
  'chua-dat': { color: 'danger', appearance: 'filled' },
  'chua-co-so-lieu': { color: 'informative', appearance: 'outline' },
};

export function StatusBadge({ status }: { status: Status }) {
  const look = LOOK[status];
  return (
    <Badge color={look.color} appearance={look.appearance} shape="rounded">
      {STATUS_LABEL[status]}
    </Badge>
  );
}
