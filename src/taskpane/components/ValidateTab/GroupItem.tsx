/**
 * Repeated findings as one line: "12 ô trống ở cột Tổng số, C10:C21". The main button selects
 * the whole range in the sheet; "Xem từng ô" opens the single findings (each goes to its cell).
 */
import { Badge, Button, mergeClasses } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { FindingGroup } from '../../../domain/report/group';
import type { Finding } from '../../../domain/report/schema';
import { GROUP_UI } from '../../../domain/messages/group';
import { SEVERITY_LABEL } from '../../../domain/messages/taskpane';
import { findingKey } from '../../state';
import { FindingItem, SEVERITY_BADGE_COLOR } from './FindingItem';
import { useFindingItemStyles, useValidateTabStyles } from './useValidateTabStyles.styles';

export interface GroupItemProps {
  group: FindingGroup;
  onSelectRange(ref: { sheet: string; cell: string }): void;
  onActivate(finding: Finding): void;
}

export function GroupItem({ group: g, onSelectRange, onActivate }: GroupItemProps) {
  const styles = useFindingItemStyles();
  const listStyles = useValidateTabStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const example = g.findings[0]!;
  return (
    <div className={mergeClasses(styles.card, styles[g.severity])} data-group={g.range}>
      <button
        type="button"
        className={styles.button}
        title={GROUP_UI.selectHint(g.sheet, g.range)}
        onClick={() => onSelectRange({ sheet: g.sheet, cell: g.range })}
      >
        <span className={styles.head}>
          <Badge appearance="filled" color={SEVERITY_BADGE_COLOR[g.severity]}>
            {SEVERITY_LABEL[g.severity]}
          </Badge>
          <span className={styles.cell}>{g.range}</span>
          <Badge appearance="tint" color="informative" shape="rounded">
            {`× ${g.findings.length}`}
          </Badge>
        </span>
        <span className={mergeClasses(styles.line, styles.groupTitle)}>{g.title}</span>
        <span className={styles.detail}>
          <span className={styles.label}>{GROUP_UI.example}:</span> {example.message}
        </span>
      </button>
      <div className={styles.groupActions}>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          {open ? GROUP_UI.hideCells : GROUP_UI.showCells(g.findings.length)}
        </Button>
      </div>
      {open ? (
        <ul
          id={listId}
          className={mergeClasses(listStyles.list, styles.members)}
          aria-label={GROUP_UI.cellsLabel(g.title)}
        >
          {g.findings.map((f, i) => (
            <li key={findingKey(f, i)}>
              <FindingItem finding={f} onActivate={onActivate} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
