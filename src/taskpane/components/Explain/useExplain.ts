/** The explanation editor's state: open or not, the draft text, saving, and its checks. */
import { useCallback, useState } from 'react';
import type { Finding } from '../../../domain/report/schema';
import { EXPLAIN_MSG } from '../../../domain/messages/stamp';

import { EXPLANATION_MAX } from '../../../domain/explanations/limits';

export { EXPLANATION_MAX };

export function useExplain(finding: Finding, onExplain: (f: Finding, text: string) => Promise<boolean>) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(finding.explanation ?? '');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const start = useCallback(() => {
    setDraft(finding.explanation ?? '');
    setProblem(null);
    setOpen(true);
  }, [finding.explanation]);

  const cancel = useCallback(() => {
    setOpen(false);
    setProblem(null);
  }, []);

  const submit = useCallback(
    async (text: string) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (text !== '' && clean === '') {
        setProblem(EXPLAIN_MSG.empty);
        return;
      }
      if (clean.length > EXPLANATION_MAX) {
        setProblem(EXPLAIN_MSG.tooLong(EXPLANATION_MAX));
        return;
      }
      setSaving(true);
      const ok = await onExplain(finding, clean);
      setSaving(false);
      if (ok) setOpen(false);
    },
    [finding, onExplain],
  );

  return {
    open,
    draft,
    setDraft,
    saving,
    problem,
    start,
    cancel,
    save: () => (draft.trim() === '' ? setProblem(EXPLAIN_MSG.empty) : void submit(draft)),
    remove: () => void submit(''),
  };
}
