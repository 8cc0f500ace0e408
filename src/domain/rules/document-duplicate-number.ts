/**
 * Family 8 — Documents: a register number is issued once per issuer and calendar year
 * (numbering restarts each year). Seed 000: 595/UBND-LĐTBXH (13/4/2022) and 595/UBND-VHTT
 * (13/6/2022), both UBND thành phố → error on the second; 638/UBND-LĐTBXH in 2023 and 2024 → fine.
 * The issuer is the symbol's issuer part (docIssuer) together with "Cơ quan ban hành" when written,
 * so the UBND of the city and the UBND of a commune keep separate registers.
 */
import { formatVnDate } from '../parse/date';
import { TYPE_ABBREVIATIONS, docIssuer } from '../parse/doc-number';
import { looseKey } from '../text/normalize';
import { documentRows, knownAbbreviation, type DocumentRow } from './lib/documents';
import type { AnnexRule } from './types';

export const documentDuplicateNumber: AnnexRule = {
  id: 'document/duplicate-number',
  family: 'document',
  description: 'Cùng một số văn bản của cùng cơ quan được dùng hai lần trong một năm.',
  defaultSeverity: 'error',
  messages: ['document/duplicate-number'],
  scope: 'annex',
  templates: ['VB'],
  check(annex, ctx) {
    for (const { rows } of documentRows(annex)) {
      const seen = new Map<string, DocumentRow>();
      for (const d of rows) {
        if (!d.number.ok || !d.date || !d.numberCell) continue;
        const typeAbbr =
          (d.type ? TYPE_ABBREVIATIONS[d.type] : undefined) ??
          (d.type === 'Công văn' ? undefined : knownAbbreviation(d.number.parts[0]!));
        const issuer = docIssuer(d.number, typeAbbr);
        const year = d.date.slice(0, 4);
        const key = [issuer, looseKey(d.coQuan), d.number.number, year].join('|');
        const first = seen.get(key);
        if (!first) {
          seen.set(key, d);
          continue;
        }
        ctx.report({
          messageId: 'document/duplicate-number',
          row: d.numberCell.row,
          col: d.numberCell.col,
          value: d.numberText,
          data: {
            number: d.number.number,
            issuer: d.coQuan || issuer,
            year,
            other: first.row.row + 1,
            otherNumber: first.numberText,
            otherDate: formatVnDate(first.date!),
          },
        });
      }
    }
  },
};
