/** Toggle buttons "Lỗi (2)", "Cảnh báo (1)", "Thông tin (0)" that show or hide each severity. */
import { ToggleButton } from '@fluentui/react-components';
import { SEVERITIES, type Severity } from '../../../domain/report/levels';
import type { SeverityFilter } from '../../state';
import { S, SEVERITY_LABEL } from '../../../domain/messages/taskpane';
import { useValidateTabStyles } from './useValidateTabStyles.styles';

export interface SeverityFilterBarProps {
  filter: SeverityFilter;
  counts: Record<Severity, number>;
  onToggle(severity: Severity): void;
}

export function SeverityFilterBar({ filter, counts, onToggle }: SeverityFilterBarProps) {
  const styles = useValidateTabStyles();
  return (
    <div role="group" aria-label={S.validate.filterLabel} className={styles.row}>
      {SEVERITIES.map((s) => (
        <ToggleButton key={s} size="small" checked={filter[s]} onClick={() => onToggle(s)}>
          {`${SEVERITY_LABEL[s]} (${counts[s]})`}
        </ToggleButton>
      ))}
    </div>
  );
}
