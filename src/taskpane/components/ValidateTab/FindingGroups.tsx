/** Findings grouped by sheet, one collapsible section per sheet (all open at first). */
import { Accordion, AccordionHeader, AccordionItem } from '@fluentui/react-components';
import { AccordionPanel } from '../AccordionPanel/AccordionPanel';
import { useState } from 'react';
import type { Finding } from '../../../domain/report/schema';
import { findingKey, type SheetGroup } from '../../state';
import { countsPhrase } from '../../../domain/messages/taskpane';
import { FindingItem } from './FindingItem';
import { useValidateTabStyles } from './useValidateTabStyles.styles';

export interface FindingGroupsProps {
  groups: SheetGroup[];
  onActivate(finding: Finding): void;
}

export function FindingGroups({ groups, onActivate }: FindingGroupsProps) {
  const styles = useValidateTabStyles();
  // Sheets the officer has folded; everything else is open (a new report opens its new sheets).
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const openItems = groups.map((g) => g.sheet).filter((s) => !closed.has(s));

  return (
    <Accordion
      multiple
      collapsible
      openItems={openItems}
      onToggle={(_, d) => {
        const next = new Set(closed);
        if (d.openItems.includes(d.value as string)) next.delete(d.value as string);
        else next.add(d.value as string);
        setClosed(next);
      }}
    >
      {groups.map((g) => (
        <AccordionItem key={g.sheet} value={g.sheet}>
          <AccordionHeader as="h3" expandIconPosition="end">
            <span className={styles.groupHeader}>
              <span>{g.sheet}</span>
              <span className={styles.groupCounts}>{countsPhrase(g.counts)}</span>
            </span>
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} aria-label={g.sheet}>
              {g.findings.map((f, i) => (
                <li key={findingKey(f, i)}>
                  <FindingItem finding={f} onActivate={onActivate} />
                </li>
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
