/** Test data for the VB rules: seed 000 "Phụ lục các văn bản chỉ đạo đã ban hành". */
import type { DataValue } from '../../templates/render';

export type DocRow = Record<string, DataValue>;

/** One document row: TT, content, issuer, type, number, date (ISO, written as an Excel date). */
export function doc(
  tt: number | string | null,
  coQuan: string,
  loai: string,
  so: string,
  date: string,
  noiDung = 'Văn bản chỉ đạo về bình đẳng giới',
): DocRow {
  return { tt, noi_dung: noiDung, co_quan: coQuan, loai, so_ky_hieu: so, ngay: { date } };
}

/** Rows "1".."n" of officer data from a list of documents. */
export function rows(...docs: DocRow[]): Record<string, DocRow> {
  return Object.fromEntries(docs.map((d, i) => [String(i + 1), d]));
}

/** Seed 000, rows 13, 21, 25, 30, 33, 47, 48 (renumbered 1–7). */
export const SEED_000 = {
  r13: doc(
    1,
    'UBND thành phố',
    'Kế hoạch',
    '159/KH- UBND',
    '2021-07-26',
    'Thực hiện Chiến lược quốc gia về bình đẳng giới trên địa bàn thành phố Bắc Kạn, giai đoạn 2021- 2025',
  ),
  r21: doc(
    2,
    'Hội LHPN thành phố',
    'Kế hoạch',
    'Số: 119/KH-BTV,',
    '2022-02-28',
    'KH Thực hiện Đề án Hỗ trợ phụ nữ khởi nghiệp năm 2022',
  ),
  r25: doc(
    3,
    'Hội LHPN thành phố',
    'Hướng dẫn',
    'Số:03/HD-BTV',
    '2022-03-15',
    'Thực hiện Cuộc vận động “Xây dựng gia đình 5 không, 3 sạch”',
  ),
  r30: doc(
    4,
    'UBND thành phố',
    'Công văn',
    '595/UBND-LĐTBXH',
    '2022-04-13',
    'Về việc đề nghị xây dựng báo cáo đánh giá 15 năm thi hành Luật Bình đẳng giới',
  ),
  r33: doc(
    5,
    'UBND thành phố',
    'Công văn',
    '595/UBND-VHTT',
    '2022-06-13',
    'Về việc tổ chức hoạt động ngày Gia đình Việt Nam',
  ),
  r47: doc(
    6,
    'UBND thành phố',
    'Công văn',
    '638/UBND-LĐTBXH',
    '2023-04-13',
    'Về việc báo cáo kết quả thực hiện Luật Bình đẳng giới',
  ),
  r48: doc(
    7,
    'UBND thành phố',
    'Công văn',
    '638/UBND-LĐTBXH',
    '2024-04-26',
    'Về việc hướng dẫn triển khai công tác bình đẳng giới năm 2024',
  ),
};

/** Clean documents of every kind, numbered 1..n. */
export const CLEAN = [
  doc(1, 'UBND thành phố', 'Kế hoạch', '91/KH-UBND', '2021-05-10'),
  doc(2, 'UBND thành phố', 'Quyết định', '1025/QĐ-UBND', '2021-09-01'),
  doc(3, 'Phòng LĐ-TB&XH', 'Tờ trình', '12/TTr-LĐTBXH', '2022-01-12'),
  doc(4, 'UBND thành phố', 'Báo cáo', '301/BC-UBND', '2022-12-20'),
  doc(5, 'Thành ủy', 'Nghị quyết', '05-NQ/TU', '2023-02-03'),
  doc(6, 'Thành ủy', 'Chỉ thị', '11-CT/TU', '2023-03-01'),
  doc(7, 'UBND thành phố', 'Thông báo', '77/TB-UBND', '2023-06-30'),
  doc(8, 'UBND thành phố', 'Công văn', '638/UBND-LĐTBXH', '2024-04-26'),
];
