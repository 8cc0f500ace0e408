/**
 * Findings grouped by sheet, one collapsible section per sheet (all open at first). Inside a
 * sheet: causes first, repeats as one line (GroupItem), a consequence naming its cause.
 */
import { Accordion, AccordionHeader, AccordionItem } from '@fluentui/react-components';
import { AccordionPanel } from '../AccordionPanel/AccordionPanel';
import { lazy, Suspense, useMemo, useState } from 'react';
import { causeFinding, causePlace, consequencesOf } from '../../../domain/report/group';
import type { CauseRef, Finding } from '../../../domain/report/schema';
import { findingKey, type SheetGroup } from '../../state';
import { countsPhrase } from '../../../domain/messages/taskpane';
import { FindingItem, type CauseView } from './FindingItem';
import { GroupItem } from './GroupItem';
import { useValidateTabStyles } from './useValidateTabStyles.styles';

/** "Giải trình…" under warnings: its own chunk, loaded when a list with a warning first shows. */
const Explain = lazy(() => import(/* webpackChunkName: "explain" */ '../Explain/Explain'));

export interface FindingGroupsProps {
  groups: SheetGroup[];
  /** Every finding of the report (causes may be filtered out of view, or on another sheet). */
  all: readonly Finding[];
  onActivate(finding: Finding): void;
  /** Goes to a cell or selects a range ("C10:C21"). */
  onGoTo(ref: { sheet: string; cell: string }): void;
  /** Stores the officer's explanation of a warning (empty text removes it). */
  onExplain?(finding: Finding, text: string): Promise<boolean>;
}

function causeViews(f: Finding, all: readonly Finding[]): CauseView[] | undefined {
  if (!f.causedBy?.length) return undefined;
  return f.causedBy.map((ref) => {
    const cause = causeFinding(ref, all);
    return { ref, place: causePlace(ref, f), ...(cause ? { message: cause.message } : {}) };
  });
}

export function FindingGroups({ groups, all, onActivate, onGoTo, onExplain }: FindingGroupsProps) {
  const styles = useValidateTabStyles();
  // Sheets the officer has folded; everything else is open (a new report opens its new sheets).
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const openItems = groups.map((g) => g.sheet).filter((s) => !closed.has(s));
  const anyCause = useMemo(() => all.some((f) => f.causedBy?.length), [all]);
  const goToCause = (ref: CauseRef) => onGoTo({ sheet: ref.sheet, cell: ref.cell });

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
              {g.entries.map((e, i) =>
                e.kind === 'group' ? (
                  <li key={`group|${e.group.rule}|${e.group.range}|${i}`}>
                    <GroupItem group={e.group} onSelectRange={onGoTo} onActivate={onActivate} />
                  </li>
                ) : (
                  <li key={findingKey(e.finding, i)}>
                    <FindingItem
                      finding={e.finding}
                      onActivate={onActivate}
                      causes={causeViews(e.finding, all)}
                      consequences={anyCause ? consequencesOf(e.finding, all) : 0}
                      onGoToCause={goToCause}
                    />
                    {onExplain && e.finding.severity === 'warning' && e.finding.cell ? (
                      <Suspense fallback={null}>
                        <Explain finding={e.finding} onExplain={onExplain} />
                      </Suspense>
                    ) : null}
                  </li>
                ),
              )}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
