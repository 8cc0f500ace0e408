/**
 * Family 8 — Documents: the type abbreviation in the number must match the type
 * (Kế hoạch ↔ KH, Quyết định ↔ QĐ, Tờ trình ↔ TTr, Hướng dẫn ↔ HD, Báo cáo ↔ BC, Nghị quyết ↔ NQ,
 * Chỉ thị ↔ CT, Thông báo ↔ TB …), as the first symbol part ("91/KH-UBND", party style
 * "167-KH/TU"; joint documents "04/KHPH-BHXH" too). A Công văn carries no type abbreviation
 * ("595/UBND-LĐTBXH"): warning.
 */
import { TYPE_ABBREVIATIONS } from '../parse/doc-number';
import { carriesAbbreviation, documentRows, knownAbbreviation } from './lib/documents';
import type { AnnexRule } from './types';

/** Abbreviations that are also common issuer/unit abbreviations (Cục Thuế "CT", Trung tâm "TT"): not evidence on a Công văn. */
const AMBIGUOUS_FOR_CONG_VAN = new Set(['CT', 'TT']);

export const documentTypeMismatch: AnnexRule = {
  id: 'document/type-mismatch',
  family: 'document',
  description: 'Chữ viết tắt tên loại trong số ký hiệu không khớp với loại văn bản.',
  defaultSeverity: 'error',
  messages: ['document/type-mismatch', 'document/cong-van-abbr'],
  scope: 'annex',
  rowLocal: true,
  templates: ['VB'],
  check(annex, ctx) {
    for (const { rows } of documentRows(annex)) {
      for (const d of rows) {
        if (!d.hasNumberCell || !d.type || !d.number.ok) continue;
        const first = d.number.parts[0]!;
        if (d.type === 'Công văn') {
          const abbr = knownAbbreviation(first);
          if (!abbr || AMBIGUOUS_FOR_CONG_VAN.has(abbr)) continue;
          ctx.report({
            messageId: 'document/cong-van-abbr',
            severity: 'warning',
            row: d.row.row,
            col: d.numberCell!.col,
            value: d.numberText,
            data: { found: d.number.cleaned, abbr: first },
          });
          continue;
        }
        const expected = TYPE_ABBREVIATIONS[d.type];
        if (!expected || carriesAbbreviation(first, expected)) continue;
        ctx.report({
          messageId: 'document/type-mismatch',
          row: d.row.row,
          col: d.numberCell!.col,
          value: d.numberText,
          expected,
          data: { type: d.type, expected, found: d.number.cleaned, abbr: first },
        });
      }
    }
  },
};
