/**
 * Family 3 — Type: numbers typed as text are read the Vietnamese way and reported with the
 * number to type instead; ambiguous and malformed text is never guessed silently.
 */
import { formatVnNumber } from '../parse/number';
import { overHundredInText } from './lib/values';
import { valuesIn } from './target-two-values';
import type { CellRule } from './types';

/** "27,59,03" → "27,59": the longest well-formed beginning, offered as an example only. */
function hintFor(text: string): string | undefined {
  const m = /^\d+(?:[.,]\d+)?/.exec(text.replace(/\s+/g, ''));
  return m ? m[0] : undefined;
}

export const typeNumberText: CellRule = {
  id: 'type/number-text',
  family: 'type',
  description: 'Số gõ dạng chữ: đọc theo cách viết Việt Nam, báo và gợi ý số cần nhập; chữ sai dạng là lỗi.',
  defaultSeverity: 'warning',
  messages: ['type/number-as-text', 'type/ambiguous-number', 'type/malformed-number', 'type/not-a-number'],
  scope: 'cell',
  templates: '*',
  kinds: ['count', 'money', 'decimal', 'percent'],
  states: ['num-text', 'bad', 'text', 'bool'],
  check(cell, { annex, row }, ctx) {
    const col = cell.column;
    const r = cell.reading;
    const at = { row: cell.row, col: cell.col };
    // Owned by other rules: "trên 100%" (target/impossible-result), "Cấp huyện 100; cấp xã 50" (target/two-values).
    if (
      (r.s === 'bad' || r.s === 'text') &&
      (overHundredInText(r.text) !== undefined || (col.allowUnitText && valuesIn(r.text).length > 1))
    )
      return;
    // Unit-text columns (KH) are text on purpose: "56,3" typed there is what the sheet asks for.
    if (
      r.s === 'num' &&
      r.text !== undefined &&
      !r.formula &&
      r.unitText === undefined &&
      !(col.allowUnitText && r.alt === undefined)
    ) {
      if (r.alt !== undefined) {
        ctx.report({
          messageId: 'type/ambiguous-number',
          ...at,
          value: r.text,
          data: { found: r.text, vi: formatVnNumber(r.value), en: formatVnNumber(r.alt) },
        });
      } else {
        const suggestion = formatVnNumber(r.value) + (r.percentSign && col.kind !== 'percent' ? ' %' : '');
        ctx.report({
          messageId: 'type/number-as-text',
          ...at,
          value: r.text,
          expected: suggestion,
          data: { found: r.text, suggestion },
        });
      }
    } else if (r.s === 'bad') {
      const hint = hintFor(r.text);
      ctx.report({
        messageId: 'type/malformed-number',
        severity: 'error',
        ...at,
        value: r.text,
        ...(hint ? { expected: hint } : {}),
        data: { found: r.text, ...(hint ? { hint } : {}) },
      });
    } else if (r.s === 'bool') {
      const shown = r.value ? 'TRUE' : 'FALSE';
      ctx.report({ messageId: 'type/not-a-number', severity: 'error', ...at, value: shown, data: { found: shown } });
    } else if (r.s === 'text') {
      if (row.def?.lists[col.key]?.includes(r.text.trim())) return;
      // CLQG results written as "trên 100%" belong to target/impossible-result.
      if (annex.templateId === 'CLQG' && /\d/.test(r.text)) return;
      ctx.report({
        messageId: 'type/not-a-number',
        severity: annex.templateId === 'CLQG' ? 'warning' : 'error',
        ...at,
        value: r.text.slice(0, 200),
        data: { found: r.text.slice(0, 80) },
      });
    }
  },
};
