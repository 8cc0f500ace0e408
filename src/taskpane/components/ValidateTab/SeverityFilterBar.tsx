/**
 * "Chỉ hiện: [Lỗi (2)] [Cảnh báo (1)] [Thông tin (0)]": toggle buttons that narrow the list to
 * the chosen severities (none chosen shows all). A chosen one is filled with a check mark, and the
 * line under the buttons says what the list shows, so the on/off state reads without guessing.
 */
import { Button } from '@fluentui/react-components';
import { CheckmarkRegular } from '@fluentui/react-icons/svg/checkmark';
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
  const chosen = SEVERITIES.filter((s) => filter[s]);
  return (
    <div className={styles.filter}>
      <div role="group" aria-label={S.validate.filterLabel} className={styles.row}>
        <span className={styles.filterLabel} aria-hidden="true">
          {S.validate.filterLabel}:
        </span>
        {SEVERITIES.map((s) => (
          // A plain button with aria-pressed: chosen reads as a solid primary button with a check
          // (Fluent's checked ToggleButton looked faded next to the others).
          <Button
            key={s}
            size="small"
            shape="circular"
            appearance={filter[s] ? 'primary' : 'outline'}
            icon={filter[s] ? <CheckmarkRegular /> : undefined}
            aria-pressed={filter[s]}
            onClick={() => onToggle(s)}
          >
            {`${SEVERITY_LABEL[s]} (${counts[s]})`}
          </Button>
        ))}
      </div>
      <p className={styles.filterState} aria-live="polite">
        {chosen.length === 0 ? S.validate.filterAll : S.validate.filterOnly(chosen.map((s) => SEVERITY_LABEL[s]))}
      </p>
    </div>
  );
}
