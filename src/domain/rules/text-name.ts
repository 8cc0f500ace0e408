/**
 * Family 9 — Text: where a locality, unit or issuer name belongs (Địa phương, Tên đơn vị,
 * Cơ quan ban hành, Đơn vị thực hiện/chủ trì), a TRUE/FALSE or a bare number names nobody —
 * usually a value typed one column too far left, or a checkbox's result. The row cannot be
 * attributed (aggregation, document registers), so it is an error.
 */
import type { CellView } from '../engine/annex-view';
import { cellText } from '../engine/bind';
import type { CellRule } from './types';
import type { Column } from '../templates/schema';

/** Name columns whose kind is free text (the others are kind 'name'). */
const TEXT_NAME_COLUMNS: Record<string, readonly string[]> = {
  VB: ['co_quan'],
  KH: ['don_vi'],
  CLQG: ['chu_tri'],
};

function isNameColumn(col: Column, templateId: string): boolean {
  return col.kind === 'name' || (TEXT_NAME_COLUMNS[templateId] ?? []).includes(col.key);
}

/** What a name looks like in each column, for the message's example. */
const EXAMPLE: Record<string, string> = {
  dia_phuong: 'Xã Đức Xuân',
  ten_don_vi: 'TP. Cao Bằng',
  co_quan: 'UBND thành phố',
  don_vi: 'Phòng Nội vụ',
  chu_tri: 'Phòng Nội vụ',
};

/** "TRUE", "123", "1.250", "2,5" — no letter at all, some digit; undefined for a name. */
function notAName(cell: CellView): { found: string; kind: 'bool' | 'number' } | undefined {
  const raw = cell.raw;
  if (!raw) return undefined;
  if (raw.t === 'b') return { found: raw.v ? 'TRUE' : 'FALSE', kind: 'bool' };
  if (raw.t === 'n') return { found: String(raw.v).replace('.', ','), kind: 'number' };
  if (raw.t !== 's') return undefined;
  const t = cellText(raw);
  if (/^(true|false)$/i.test(t)) return { found: t, kind: 'bool' };
  return /\d/.test(t) && !/\p{L}/u.test(t) ? { found: t, kind: 'number' } : undefined;
}

/** Made once: a regular expression literal in a function is a new object on every call (`raw` runs for every name cell). */
const LETTER = /\p{L}/u;
const BOOL_TEXT = /^\s*(true|false)\s*$/i;

/**
 * `!LETTER.test(v) || BOOL_TEXT.test(v)`: the text has no letter, or reads TRUE/FALSE. A text
 * starting with an ASCII letter other than t and f has a letter and is no TRUE/FALSE: answered
 * from its first character (most names), the patterns asked for the others.
 */
function mayNameNobody(v: string): boolean {
  const c = v.charCodeAt(0) | 0x20;
  if (c >= 0x61 && c <= 0x7a && c !== 0x74 && c !== 0x66) return false;
  return !LETTER.test(v) || BOOL_TEXT.test(v);
}

export const textName: CellRule = {
  id: 'text/name',
  family: 'text',
  description: 'Ô tên địa phương, đơn vị, cơ quan ban hành phải ghi tên, không phải số hay TRUE/FALSE.',
  defaultSeverity: 'error',
  messages: ['text/name-not-text'],
  scope: 'cell',
  templates: '*',
  kinds: ['name', 'text'],
  states: ['text', 'bool'],
  // Only cells with no letter can be no name: the many ordinary names never get a reading.
  raw: (raw) => raw !== undefined && (raw.t !== 's' || mayNameNobody(raw.v)),
  // Name columns, and the text columns that hold names (the other text columns are passed over).
  column: (col, { templateId }) => isNameColumn(col, templateId),
  check(cell, { annex }, ctx) {
    const col = cell.column;
    if (!isNameColumn(col, annex.templateId)) return;
    const bad = notAName(cell);
    if (!bad) return;
    ctx.report({
      messageId: 'text/name-not-text',
      row: cell.row,
      col: cell.col,
      value: bad.found,
      data: { found: bad.found, kind: bad.kind, example: EXAMPLE[col.key] ?? 'UBND thành phố' },
    });
  },
};
