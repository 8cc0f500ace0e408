/**
 * Family 8 — Documents: a register number is issued once per issuer and calendar year
 * (numbering restarts each year). Seed 000: 595/UBND-LĐTBXH (13/4/2022) and 595/UBND-VHTT
 * (13/6/2022), both UBND thành phố → error on the second; 638/UBND-LĐTBXH in 2023 and 2024 → fine.
 * The issuer is the symbol's issuer part (docIssuer) together with "Cơ quan ban hành" when written,
 * so the UBND of the city and the UBND of a commune keep separate registers; Party ("…-KH/TU")
 * and State ("…/KH-UBND") numbering are separate registers. The same number on the same date is
 * the same document listed twice — a duplicate row (a warning: delete one), not a reused number.
 */
import { formatVnDate } from '../parse/date';
import { documentRows } from './lib/documents';
import { REGISTER_COLUMNS, registerEntry, sameDocument, type RegisterEntry } from './lib/registers';
import type { AnnexRule } from './types';

export const documentDuplicateNumber: AnnexRule = {
  id: 'document/duplicate-number',
  family: 'document',
  description:
    'Cùng một số văn bản của cùng cơ quan được dùng hai lần trong một năm (hoặc một văn bản được liệt kê hai lần).',
  defaultSeverity: 'error',
  messages: ['document/duplicate-number', 'document/listed-twice'],
  scope: 'annex',
  templates: ['VB'],
  // A row's register entry: its number, date, type and issuer.
  reads: REGISTER_COLUMNS,
  check(annex, ctx) {
    for (const { rows } of documentRows(annex)) {
      // The numbers of each register so far (by the register's key: one map per register, not a key per row).
      const registers = new Map<string, Map<number, RegisterEntry>>();
      for (const d of rows) {
        const e = registerEntry(d);
        if (!e || !d.hasNumberCell) continue;
        let seen = registers.get(e.yearKey);
        if (!seen) registers.set(e.yearKey, (seen = new Map()));
        const first = seen.get(e.number);
        if (!first) {
          seen.set(e.number, e);
          continue;
        }
        const data = {
          number: e.number,
          issuer: e.issuer,
          year: e.year,
          other: first.doc.row.row + 1,
          otherNumber: first.doc.numberText,
          otherDate: formatVnDate(first.date),
          date: formatVnDate(e.date),
        };
        const cell = d.numberCell!;
        ctx.report(
          sameDocument(first, e)
            ? {
                messageId: 'document/listed-twice',
                severity: 'warning',
                row: cell.row,
                col: cell.col,
                value: d.numberText,
                data,
              }
            : {
                messageId: 'document/duplicate-number',
                row: cell.row,
                col: cell.col,
                value: d.numberText,
                data,
              },
        );
      }
    }
  },
};
