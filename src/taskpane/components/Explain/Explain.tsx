/**
 * "Giải trình…" under a warning: a short text the officer writes when the warning is right but
 * the figure is too (a local target set by the province, a count that really changed). Stored in
 * the workbook with the finding's rule and cell; the list and the stamp then count it as
 * explained. Loaded on first use (its own chunk).
 */
import { Button, Field, Textarea } from '@fluentui/react-components';
import type { Finding } from '../../../domain/report/schema';
import { EXPLAIN_MSG } from '../../../domain/messages/stamp';
import { BusyIcon } from '../BusyIcon';
import { EXPLANATION_MAX, useExplain } from './useExplain';
import { useExplainStyles } from './useExplainStyles.styles';

export interface ExplainProps {
  finding: Finding;
  onExplain(finding: Finding, text: string): Promise<boolean>;
}

export default function Explain({ finding, onExplain }: ExplainProps) {
  const styles = useExplainStyles();
  const e = useExplain(finding, onExplain);
  if (!e.open) {
    return (
      <div className={styles.row}>
        <Button
          size="small"
          appearance="subtle"
          onClick={e.start}
          aria-label={`${EXPLAIN_MSG.button} ${finding.message}`}
        >
          {finding.explanation ? EXPLAIN_MSG.edit : EXPLAIN_MSG.button}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.editor}>
      <Field
        label={EXPLAIN_MSG.label}
        validationState={e.problem ? 'error' : 'none'}
        validationMessage={e.problem ?? undefined}
        hint={`${e.draft.length}/${EXPLANATION_MAX}`}
      >
        <Textarea
          value={e.draft}
          maxLength={EXPLANATION_MAX}
          placeholder={EXPLAIN_MSG.placeholder}
          resize="vertical"
          onChange={(_, d) => e.setDraft(d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button
          size="small"
          appearance="primary"
          disabledFocusable={e.saving}
          icon={e.saving ? <BusyIcon /> : undefined}
          onClick={e.save}
        >
          {e.saving ? EXPLAIN_MSG.saving : EXPLAIN_MSG.save}
        </Button>
        {finding.explanation ? (
          <Button size="small" disabledFocusable={e.saving} onClick={e.remove}>
            {EXPLAIN_MSG.remove}
          </Button>
        ) : null}
        <Button size="small" appearance="subtle" disabledFocusable={e.saving} onClick={e.cancel}>
          {EXPLAIN_MSG.cancel}
        </Button>
      </div>
    </div>
  );
}
