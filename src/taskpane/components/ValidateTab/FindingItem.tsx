/**
 * One finding: a card whose main part is a native button (Tab to reach, Enter/Space to go to the
 * cell). A consequence names its cause under it ("Do ô F10: Ghi "11/29" trong một ô…"), with its
 * own button to go there; a cause says how many findings depend on it.
 * Every value from the workbook is rendered as text, never as HTML.
 */
import { Badge, mergeClasses } from '@fluentui/react-components';
import type { CauseRef, Finding, Severity } from '../../../domain/report/schema';
import { CAUSE } from '../../../domain/messages/group';
import { S, SEVERITY_LABEL } from '../../../domain/messages/taskpane';
import { useFindingItemStyles } from './useValidateTabStyles.styles';

export const SEVERITY_BADGE_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = {
  error: 'danger',
  warning: 'warning',
  info: 'informative',
};

/** A cause as the card shows it. */
export interface CauseView {
  ref: CauseRef;
  /** "ô F10", "ô F10 (PL-II Đề án 1898)" */
  place: string;
  /** The cause's own message, when that cell has a finding. */
  message?: string;
}

export interface FindingItemProps {
  finding: Finding;
  onActivate(finding: Finding): void;
  /** Where this finding comes from (its causedBy, resolved). */
  causes?: readonly CauseView[];
  /** How many other findings name this one's cell as their cause. */
  consequences?: number;
  onGoToCause?(ref: CauseRef): void;
}

export function FindingItem({ finding: f, onActivate, causes, consequences, onGoToCause }: FindingItemProps) {
  const styles = useFindingItemStyles();
  const cell = f.cell.trim();
  return (
    <div className={mergeClasses(styles.card, styles[f.severity])}>
      <button
        type="button"
        className={styles.button}
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
        {consequences ? <span className={styles.rootNote}>{CAUSE.consequences(consequences)}</span> : null}
      </button>
      {causes?.map((c) => (
        <button
          key={`${c.ref.sheet}!${c.ref.cell}`}
          type="button"
          className={styles.cause}
          aria-label={`${CAUSE.goTo(c.ref.cell)}: ${c.message ?? CAUSE.noFinding}`}
          onClick={() => onGoToCause?.(c.ref)}
        >
          <span className={styles.label}>
            {CAUSE.label} {c.place}:
          </span>{' '}
          {c.message ?? CAUSE.noFinding}
        </button>
      ))}
    </div>
  );
}
