import type { AppState } from '../../state';
import type { AppActions } from '../../useApp';

export interface ValidateTabProps {
  state: AppState;
  actions: AppActions;
}
