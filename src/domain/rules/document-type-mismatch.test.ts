import { ruleTester } from '../../../test/support/rule-tester';
import { documentTypeMismatch } from './document-type-mismatch';
import { CLEAN, doc, rows, SEED_000 } from './lib/vb-fixtures';

ruleTester(documentTypeMismatch, {
  valid: [
    { name: 'seed 000 rows (KH, HD, Công văn of UBND)', template: 'VB', data: rows(...Object.values(SEED_000)) },
    {
      name: 'every type with its abbreviation, party style included',
      template: 'VB',
      data: rows(...CLEAN, doc(9, 'Thành ủy', 'Kế hoạch', '167-KH/TU', '2022-05-05')),
    },
    {
      name: 'joint documents: "04/KHPH-BHXH" (kế hoạch phối hợp), "12/NQLT-HĐND-UBND"',
      template: 'VB',
      data: rows(
        doc(1, 'BHXH, Hội LHPN', 'Kế hoạch', '04/KHPH-BHXH', '2022-01-01'),
        doc(2, 'HĐND, UBND', 'Nghị quyết', '12/NQLT-HĐND-UBND', '2022-01-01'),
      ),
    },
    {
      name: '"QD" without Đ and "TTR" in capitals',
      template: 'VB',
      data: rows(
        doc(1, 'UBND', 'Quyết định', '12/QD-UBND', '2022-01-01'),
        doc(2, 'UBND', 'Tờ trình', '3/TTR-UBND', '2022-01-01'),
      ),
    },
    {
      name: 'Công văn of Cục Thuế ("CT" is the issuer here, not Chỉ thị)',
      template: 'VB',
      data: rows(doc(1, 'Cục Thuế', 'Công văn', '1234/CT-TTHT', '2022-01-01')),
    },
    {
      name: 'unknown type or unreadable number: other rules',
      template: 'VB',
      data: rows(
        doc(1, 'UBND', 'Văn bản', '1/KH-UBND', '2022-01-01'),
        doc(2, 'UBND', 'Kế hoạch', 'KH-UBND', '2022-01-01'),
      ),
    },
  ],
  invalid: [
    {
      name: 'a Kế hoạch numbered as a Quyết định',
      template: 'VB',
      data: rows(doc(1, 'UBND thành phố', 'Kế hoạch', '91/QĐ-UBND', '2022-01-01')),
      findings: [{ messageId: 'document/type-mismatch', cell: 'E7', severity: 'error' }],
    },
    {
      name: 'Báo cáo with KH, a party Nghị quyết with KH, a Công văn carrying KH',
      template: 'VB',
      data: rows(
        doc(1, 'UBND', 'Báo cáo', '45/KH-UBND', '2022-01-01'),
        doc(2, 'Thành ủy', 'Nghị quyết', '05-KH/TU', '2022-01-01'),
        doc(3, 'UBND', 'Công văn', '20/KH-UBND', '2022-01-01'),
      ),
      findings: [
        { messageId: 'document/type-mismatch', cell: 'E7', severity: 'error' },
        { messageId: 'document/type-mismatch', cell: 'E8', severity: 'error' },
        { messageId: 'document/cong-van-abbr', cell: 'E9', severity: 'warning' },
      ],
    },
    {
      name: 'a Hướng dẫn with a Công văn number, and one numbered "HĐND" (HĐ is not HD)',
      template: 'VB',
      data: rows(
        doc(1, 'UBND', 'Hướng dẫn', '595/UBND-LĐTBXH', '2022-01-01'),
        doc(2, 'HĐND', 'Hướng dẫn', '7/HĐND-VP', '2022-01-01'),
      ),
      findings: [
        { messageId: 'document/type-mismatch', cell: 'E7' },
        { messageId: 'document/type-mismatch', cell: 'E8' },
      ],
    },
  ],
});
