/**
 * Family 3 — Type: numbers typed as text are read the Vietnamese way and reported with the
 * number to type instead; ambiguous and malformed text is never guessed silently.
 * In a ratio column (whose template cell holds the % formula) the finding says the formula was
 * typed over, gives numerator/denominator = the right value, and offers restoring the formula:
 * one finding, one fix (arithmetic/ratio leaves such cells to this rule).
 */
import { formatMessage, MONEY_UNIT_LABEL } from '../messages';
import { formatVnNumber, roundTo } from '../parse/number';
import type { AnnexView } from '../engine/annex-view';
import type { BoundRow, BoundTable } from '../engine/bind';
import type { Column } from '../templates/schema';
import type { Reading } from '../engine/read-cell';
import { compareStated, ratioInputsAt } from './arithmetic-ratio';
import { indicatorOfRow, overHundredInText, unitFits } from './lib/values';
import { valuesIn } from './target-two-values';
import type { CellRule } from './types';

/** Kinds domain/negative checks. */
const NON_NEGATIVE = new Set(['count', 'money', 'decimal']);

interface RatioFix {
  num: number;
  den: number;
  exact: number;
  /** What to type: "27,59". */
  typed: string;
  /** What the restored formula shows: "27,59 %". */
  shown: string;
}

/** The row's own numerator/denominator for a ratio cell the template computes; undefined when they are not both numbers. */
export function ratioFix(annex: AnnexView, table: BoundTable, row: BoundRow, col: Column): RatioFix | undefined {
  const ratio = col.ratio;
  if (!ratio || row.def?.skip.includes(ratio.num)) return undefined;
  const pair = { num: NaN, den: NaN };
  ratioInputsAt(annex, table, row, ratio, pair);
  const { num, den } = pair;
  if (Number.isNaN(num) || Number.isNaN(den) || den <= 0) return undefined;
  const base = row.def?.ratioBase ?? ratio.base;
  // More women than the total: arithmetic/ratio reports that cause; no % to offer.
  if (base === 100 && num > den) return undefined;
  const exact = (num / den) * base;
  const typed = formatVnNumber(roundTo(exact, 2));
  return { num, den, exact, typed, shown: base === 100 ? `${typed} %` : typed };
}

/**
 * How the typed text compares with the formula's value, read either way when it is ambiguous:
 * 'ok' if one reading matches, else 'truncated' if one is the value cut short, else 'wrong'.
 * (A function of its own: a closure over the check's locals would make every check call allocate.)
 */
function statedVerdict(value: number, alt: number | undefined, decimals: number, exact: number) {
  const first = compareStated(value, decimals, exact);
  if (alt === undefined || first === 'ok') return first;
  const second = compareStated(alt, decimals, exact);
  return second === 'ok' ? second : second === 'truncated' ? second : first;
}

type NumReading = Reading & { s: 'num'; text: string };

/** The words of a number-as-text or an ambiguous-number finding, shared by the cells of one reading. */
interface TextNumberParts {
  messageId: 'type/number-as-text' | 'type/ambiguous-number';
  expected: string | undefined;
  data: Record<string, string | number>;
}

const partsByReading = new WeakMap<Reading, { col: Column; parts: TextNumberParts }>();

function textNumberParts(r: NumReading, col: Column): TextNumberParts {
  const kept = partsByReading.get(r);
  if (kept !== undefined && kept.col === col) return kept.parts;
  const parts = makeTextNumberParts(r, col);
  partsByReading.set(r, { col, parts });
  return parts;
}

function makeTextNumberParts(r: NumReading, col: Column): TextNumberParts {
  if (r.alt !== undefined)
    return {
      messageId: 'type/ambiguous-number',
      expected: undefined,
      data: { found: r.text, vi: formatVnNumber(r.value), en: formatVnNumber(r.alt) },
    };
  // A whole number read by its column, or đồng converted from "123 triệu", is suggested as
  // digits ("1250"), which no locale misreads.
  const digits = r.whole || (r.writtenValue !== undefined && col.moneyUnit === 'dong' && Number.isInteger(r.value));
  const suggestion = digits
    ? String(r.value)
    : formatVnNumber(r.value) + (r.percentSign && col.kind !== 'percent' ? ' %' : '');
  const unit =
    r.unitText !== undefined
      ? r.unitText
      : r.writtenValue !== undefined && col.moneyUnit
        ? MONEY_UNIT_LABEL[col.moneyUnit]
        : undefined;
  const data: Record<string, string | number> = { found: r.text, suggestion };
  if (r.whole) data.whole = 1;
  if (unit !== undefined) {
    data.unit = unit;
    data.converted = r.writtenValue !== undefined ? 1 : 0;
    data.amount = formatVnNumber(r.value);
  }
  return {
    messageId: 'type/number-as-text',
    expected: formatMessage('hint/as-number', { value: suggestion }),
    data,
  };
}

const columnName = (col: Column) => col.header[col.header.length - 1] ?? '';

export const typeNumberText: CellRule = {
  id: 'type/number-text',
  family: 'type',
  description: 'Số gõ dạng chữ: đọc theo cách viết Việt Nam, báo và gợi ý số cần nhập; chữ sai dạng là lỗi.',
  defaultSeverity: 'warning',
  messages: [
    'type/number-as-text',
    'type/number-as-text-ratio',
    'type/ambiguous-number',
    'type/malformed-number',
    'type/malformed-ratio',
    'type/not-a-number',
  ],
  scope: 'cell',
  templates: '*',
  kinds: ['count', 'money', 'decimal', 'percent'],
  states: ['num-text', 'bad', 'text', 'bool'],
  check(cell, { annex, table, row }, ctx) {
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
    // A number typed with a unit ("1,7 lần") is read when the unit is the row's; other units are type/unit's.
    const ind = r.s === 'num' && col.unitOfRow ? indicatorOfRow(ctx.indicators, row) : undefined;
    const unitRead = r.s === 'num' && r.unitText !== undefined && !!ind && unitFits(ind, r.unitText);
    // "36,4 %" where the indicator counts in lần: type/unit's error is the one fix for the cell.
    if (r.s === 'num' && r.percentSign && ind && !unitFits(ind, '%')) return;
    if (
      r.s === 'num' &&
      r.text !== undefined &&
      !r.formula &&
      (r.unitText === undefined || unitRead) &&
      !(col.allowUnitText && r.alt === undefined)
    ) {
      // "-5" as text: domain/negative's fix (a number, not below 0) is the one fix for this cell.
      if (r.value < 0 && NON_NEGATIVE.has(col.kind)) return;
      const fix = ratioFix(annex, table, row, col);
      if (fix) {
        // "66,66" typed as text over 12/18: one finding with the value the formula gives
        // (an ambiguous "1.250" too: the row's own numbers settle it).
        const verdict = statedVerdict(r.value, r.alt, r.decimals, fix.exact);
        ctx.report({
          messageId: 'type/number-as-text-ratio',
          ...(verdict === 'wrong' ? { severity: 'error' as const } : {}),
          ...at,
          value: r.text,
          expected: fix.shown,
          data: {
            found: r.text,
            column: columnName(col),
            num: fix.num,
            den: fix.den,
            shown: fix.shown,
            typed: fix.typed,
            verdict,
          },
        });
      } else {
        // What the finding says depends on the text and the column only: made once per reading
        // (a column reads each distinct text once, so "1.250" down a column shares one).
        const parts = textNumberParts(r as NumReading, col);
        ctx.report({
          messageId: parts.messageId,
          row: cell.row,
          col: cell.col,
          value: r.text,
          expected: parts.expected,
          data: parts.data,
        });
      }
    } else if (r.s === 'bad') {
      const fix = ratioFix(annex, table, row, col);
      // Never a guess as the expected value: the row's own ratio when known, else what a number looks like.
      ctx.report({
        messageId: fix ? 'type/malformed-ratio' : 'type/malformed-number',
        severity: 'error',
        ...at,
        value: r.text,
        expected: fix ? fix.shown : formatMessage('hint/number'),
        data: fix
          ? { found: r.text, column: columnName(col), num: fix.num, den: fix.den, shown: fix.shown, typed: fix.typed }
          : { found: r.text },
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
