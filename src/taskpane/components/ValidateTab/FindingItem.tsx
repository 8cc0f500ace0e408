/**
 * One finding as a native button (Tab to reach, Enter/Space to go to the cell).
 * Every value from the workbook is rendered as text, never as HTML.
 */
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { Finding, Severity } from '../../../domain/report/schema';
import { S, SEVERITY_LABEL } from '../../../domain/messages/taskpane';
import { useFindingItemStyles } from './useValidateTabStyles.styles';

export const SEVERITY_BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

export interface FindingItemProps {
  finding: Finding;
  onActivate(finding: Finding): void;
}

export function FindingItem({ finding: f, onActivate }: FindingItemProps) {
  const styles = useFindingItemStyles();
  const cell = f.cell.trim();
  return (
    <button
      type="button"
      className={mergeClasses(styles.button, styles[f.severity])}
      title={S.validate.goToHint(f.sheet, cell)}
      onClick={() => onActivate(f)}
    >
      <span className={styles.head}>
        <Badge appearance="filled" color={SEVERITY_BADGE_COLOR[f.severity]}>
          {SEVERITY_LABEL[f.severity]}
        </Badge>
        <span className={styles.cell}>{cell || S.validate.wholeSheet}</span>
      </span>
      <span className={styles.line}>{f.message}</span>
      {f.value !== undefined && f.value !== '' ? (
        <span className={styles.detail}>
          <span className={styles.label}>{S.validate.value}:</span> {f.value}
        </span>
      ) : null}
      {f.expected !== undefined && f.expected !== '' ? (
        <span className={styles.detail}>
          <span className={styles.label}>{S.validate.expected}:</span> {f.expected}
        </span>
      ) : null}
      {f.explanation ? (
        <span className={styles.explained}>
          <span className={styles.label}>{S.validate.explained}:</span> {f.explanation}
        </span>
      ) : null}
    </button>
  );
}
