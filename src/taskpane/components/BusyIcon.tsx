/** A small spinner for a busy button's icon slot; hidden from screen readers (the label says it). */
import { Spinner } from '@fluentui/react-components';

export function BusyIcon() {
  return <Spinner size="tiny" aria-hidden="true" />;
}
