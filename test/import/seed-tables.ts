/**
 * The seed tables as import fixtures: their layout (rows, merged header cells, the text above
 * them) and, for every body cell, where it belongs in the standard annex — written by hand
 * from the seeds, so the accuracy test measures the engine against an independent answer.
 *
 * Expectation per body cell:
 *   "label"    used to recognise the row (its number, the indicator's wording, the national target)
 *   "heading"  a heading row ("MỤC TIÊU 2 …", "II ĐỊA PHƯƠNG")
 *   "checked"  a typed % or total, compared with what the annex computes
 *   "unplaced" must be listed as not placed (nothing in the standard annex can hold it)
 *   { to, left? }  the standard cells it must land in ("row.col"), `left` when part of it
 *              must also be listed (a sentence with two results: the words go to Ghi chú)
 */
import type { Merge } from '../../src/domain/import/grid';
import { SEED000_CLQG, SEED000_VB, SEED004_KH } from './seed-data';

export type Expect = 'label' | 'heading' | 'checked' | 'unplaced' | { to: string[]; left?: boolean };

export interface SeedTable {
  id: string;
  templateId: string;
  /** Template table key ("main", "kp_1898"). */
  table: string;
  source: string;
  before: string[];
  rows: string[][];
  merges: Merge[];
  /** Header rows (and the column-number row) at the top of `rows`. */
  headerRows: number;
  /** One entry per body row: the expectation of each of its cells (by column). */
  expect: (Expect | undefined)[][];
}

const to = (...cells: string[]): Expect => ({ to: cells });
const left = (...cells: string[]): Expect => ({ to: cells, left: true });

/** A continued row (page break): every non-empty cell goes where the head row's cell goes. */
function continued(
  rows: string[][],
  expect: (Expect | undefined)[][],
  bodyIndex: number,
  headIndex: number,
  width: number,
) {
  const row = rows[bodyIndex]!;
  const head = expect[headIndex]!;
  const out: (Expect | undefined)[] = [];
  for (let c = 0; c < width; c++) out.push(row[c] ? (head[c] ?? 'unplaced') : undefined);
  return out;
}

// ------------------------------------------------------------------------------- VB (seed 000)
const VB_COLS = ['tt', 'noi_dung', 'co_quan', 'loai', 'so_ky_hieu', 'ngay', 'ghi_chu'];

function vbExpect(): (Expect | undefined)[][] {
  const body = SEED000_VB.slice(1);
  const out: (Expect | undefined)[][] = [];
  let n = 0;
  let head = -1;
  body.forEach((row, i) => {
    if (row[0] !== '') {
      n = Number(row[0]);
      head = i;
      out.push(row.map((v, c) => (v ? to(`${n}.${VB_COLS[c]}`) : undefined)));
    } else out.push(continued(body, out, i, head, 7));
  });
  return out;
}

export const VB: SeedTable = {
  id: 'seed000-vb',
  templateId: 'VB',
  table: 'main',
  source: 'seed 000, PHỤ LỤC CÁC VĂN BẢN CHỈ ĐẠO ĐÃ BAN HÀNH (50 văn bản)',
  before: [
    'PHỤ LỤC CÁC VĂN BẢN CHỈ ĐẠO ĐÃ BAN HÀNH',
    '(Kèm theo Báo cáo số /BC-UBND ngày /8/2024 của UBND thành phố Bắc Kạn)',
  ],
  rows: SEED000_VB,
  merges: [],
  headerRows: 1,
  expect: vbExpect(),
};

// ------------------------------------------------------------------------------ CLQG (seed 000)
function clqgExpect(): (Expect | undefined)[][] {
  const body = SEED000_CLQG.slice(1);
  const e: (Expect | undefined)[][] = [];
  const H: Expect[] = ['heading'];
  const row = (...cells: (Expect | undefined)[]) => e.push(cells);
  row(...H); // MỤC TIÊU 1
  row('label', to('1.1.dia_phuong'), to('1.1.chu_tri'), left('1.1.ghi_chu')); // 13/17 and 8/9: two results
  row(...H); // MỤC TIÊU 2
  row('label', to('2.1.dia_phuong'), to('2.1.chu_tri'), to('2.1.ket_qua', '2.1.ghi_chu'));
  row('label', to('2.2.dia_phuong'), to('2.2.chu_tri'), to('2.2.ket_qua', '2.2.ghi_chu')); // latest year: 36,25
  row('label', to('2.3.dia_phuong'), to('2.3.chu_tri'), to('2.3.tu_so', '2.3.mau_so', '2.3.ghi_chu'));
  row(...H); // MỤC TIÊU 3
  row('label', to('3.1.dia_phuong'), to('3.1.chu_tri'), to('3.1.ket_qua', '3.1.ghi_chu'));
  e.push(continued(body, e, e.length, e.length - 1, 4)); // page break inside 3.1
  row(
    'label',
    to('3.2a.dia_phuong', '3.2b.dia_phuong'),
    to('3.2a.chu_tri', '3.2b.chu_tri'),
    to('3.2a.ket_qua', '3.2a.ghi_chu', '3.2b.ket_qua', '3.2b.ghi_chu'),
  );
  row('label', to('3.3.dia_phuong'), to('3.3.chu_tri'), to('3.3.ket_qua', '3.3.ghi_chu'));
  row(...H); // MỤC TIÊU 4
  row('label', to('4.1.dia_phuong'), to('4.1.chu_tri'), to('4.1.ket_qua', '4.1.ghi_chu')); // "dưới 110 …" kept as written
  e.push(continued(body, e, e.length, e.length - 1, 4));
  row('label', to('4.2.dia_phuong'), to('4.2.chu_tri'), left('4.2.ghi_chu')); // "Không có bà mẹ tử vong …": no number
  row('label', to('4.3.dia_phuong'), to('4.3.chu_tri'), left('4.3.ghi_chu'));
  row('label', 'unplaced', to('4.4.chu_tri'), to('4.4.ket_qua', '4.4.ghi_chu')); // target without a number; "Chưa có" → Không
  row(...H); // MỤC TIÊU 5
  row('label', 'unplaced', to('5.1.chu_tri'), to('5.1.ket_qua', '5.1.ghi_chu'));
  row(
    'label',
    to('5.2a.dia_phuong', '5.2b.dia_phuong'),
    to('5.2a.chu_tri', '5.2b.chu_tri'),
    to('5.2a.ket_qua', '5.2a.ghi_chu', '5.2b.ket_qua', '5.2b.ghi_chu'),
  );
  e.push(continued(body, e, e.length, e.length - 1, 4));
  row('label', to('5.3.dia_phuong'), to('5.3.chu_tri'), to('5.3.ket_qua', '5.3.ghi_chu'));
  row(
    'label',
    to('5.4a.dia_phuong', '5.4b.dia_phuong'),
    to('5.4a.chu_tri', '5.4b.chu_tri'),
    to('5.4a.tu_so', '5.4a.mau_so', '5.4a.ghi_chu'),
  );
  row(...H); // MỤC TIÊU 6
  row('label', to('6.1.dia_phuong'), to('6.1.chu_tri'), left('6.1.ghi_chu'));
  row('label', to('6.2.dia_phuong'), to('6.2.chu_tri'), left('6.2.ghi_chu'));
  e.push(continued(body, e, e.length, e.length - 1, 4));
  row('label', to('6.3.dia_phuong'), to('6.3.chu_tri'), left('6.3.ghi_chu'));
  row('label', 'unplaced', to('6.4.chu_tri'), left('6.4.ghi_chu'));
  // Only non-empty cells carry an expectation.
  return e.map((r, i) => r.map((x, c) => (body[i]![c] ? x : undefined)));
}

export const CLQG: SeedTable = {
  id: 'seed000-clqg',
  templateId: 'CLQG',
  table: 'main',
  source: 'seed 000, ĐÁNH GIÁ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU Chiến lược quốc gia về bình đẳng giới',
  before: [
    'ĐÁNH GIÁ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU',
    'Chiến lược quốc gia về bình đẳng giới trên địa bàn thành phố Bắc Kạn, giai đoạn 2021 - 2023',
  ],
  rows: SEED000_CLQG,
  merges: [0, 2, 6, 11, 17, 23].map((i) => ({ r1: i + 1, c1: 0, r2: i + 1, c2: 3 })),
  headerRows: 1,
  expect: clqgExpect(),
};

// -------------------------------------------------------------------------------- KH (seed 004)
function khExpect(): (Expect | undefined)[][] {
  const body = SEED004_KH.slice(1);
  const e: (Expect | undefined)[][] = [];
  const H: Expect[] = ['heading', 'heading'];
  const fixed = (id: string) =>
    ['label', 'label', 'label', to(`${id}.ke_hoach`), to(`${id}.nam_y`), to(`${id}.don_vi`)] as Expect[];
  const sub = (id: string) => [
    undefined,
    to(`${id}.muc_tieu`),
    to(`${id}.dvt`),
    to(`${id}.ke_hoach`),
    to(`${id}.nam_y`),
    to(`${id}.don_vi`),
  ];
  const U = (): Expect[] => ['unplaced', 'unplaced', 'unplaced', 'unplaced', 'unplaced', 'unplaced'];
  e.push(H, fixed('1.1'), sub('1.1+1'), sub('1.1+2'));
  e.push(U(), U(), U()); // 1.2 is no national indicator, nor are its two sub-rows
  e.push(H, fixed('2.1'), fixed('2.2'), fixed('2.3'));
  e.push(continued(body, e, e.length, e.length - 1, 6)); // "hợp tác xã" | "chủ trì, phối hợp …"
  e.push(H, fixed('3.1'), fixed('3.2a'), fixed('3.2b'), fixed('3.3'), U()); // 3.4 is a local indicator
  e.push(H, fixed('4.1'), fixed('4.2'), fixed('4.3'));
  e.push(H, fixed('5.1'), fixed('5.2a'), fixed('5.2b'), fixed('5.3'), fixed('5.4a'), fixed('5.4b'));
  e.push(H, fixed('6.1'), fixed('6.2'), fixed('6.3'), fixed('6.4'));
  return e.map((r, i) => r.map((x, c) => (body[i]![c] ? x : undefined)));
}

export const KH: SeedTable = {
  id: 'seed004-kh',
  templateId: 'KH',
  table: 'main',
  source: 'seed 004, Phụ lục PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU BÌNH ĐẲNG GIỚI NĂM 2024',
  before: [
    'Phụ lục',
    'PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU BÌNH ĐẲNG GIỚI NĂM 2024',
    "(Kèm theo Kế hoạch số: /KH-UBND ngày tháng 02 năm 2024 của Ủy ban nhân dân huyện Ia H'Drai)",
  ],
  rows: SEED004_KH,
  merges: [],
  headerRows: 1,
  expect: khExpect(),
};

// ------------------------------------------------------------------------------ PL-I (seed 002)
const N = (n: number) => Array.from({ length: n }, (_, i) => `(${i + 1})`);

export const PL_I: SeedTable = {
  id: 'seed002-pl-i',
  templateId: 'PL-I',
  table: 'main',
  source: 'seed 002, Phụ lục I',
  before: [
    'Phụ lục I',
    'SỐ LƯỢNG, TỶ LỆ NỮ GIỮ CHỨC VỤ LÃNH ĐẠO TRONG CÁC CƠ QUAN NHÀ NƯỚC, CHÍNH QUYỀN ĐỊA PHƯƠNG CÁC CẤP',
    'NHIỆM KỲ 2021-2025',
  ],
  rows: [
    [
      'Số TT',
      'Địa phương',
      'Nữ DTTS tham gia Hội đồng nhân dân các cấp',
      '',
      '',
      '',
      '',
      '',
      'Nữ DTTS giữ chức vụ lãnh đạo trong các cơ quan quản lý nhà nước',
      '',
      '',
      '',
      '',
      '',
    ],
    ['', '', 'Cấp tỉnh', '%', 'Cấp huyện', '%', 'Cấp xã', '%', 'Cấp tỉnh', '%', 'Cấp huyện', '%', 'Cấp xã', '%'],
    N(14),
    ['', 'TP. Cao Bằng', '-', '', '11/29', '38', '', '', '-', '', '12/13', '92,3', '52/ 118', '44'],
    ['Tổng', '', '-', '', '', '', '', '', '-', '', '', '', '', ''],
  ],
  merges: [
    { r1: 0, c1: 0, r2: 1, c2: 0 },
    { r1: 0, c1: 1, r2: 1, c2: 1 },
    { r1: 0, c1: 2, r2: 0, c2: 7 },
    { r1: 0, c1: 8, r2: 0, c2: 13 },
    { r1: 4, c1: 0, r2: 4, c2: 1 },
  ],
  headerRows: 3,
  expect: [
    [
      undefined,
      to('1.dia_phuong'),
      to('1.hdnd_tinh_nu', '1.hdnd_tinh_tong'),
      undefined,
      to('1.hdnd_huyen_nu', '1.hdnd_huyen_tong'),
      'checked',
      undefined,
      undefined,
      to('1.ld_tinh_nu', '1.ld_tinh_tong'),
      undefined,
      to('1.ld_huyen_nu', '1.ld_huyen_tong'),
      'checked',
      to('1.ld_xa_nu', '1.ld_xa_tong'),
      'checked',
    ],
    ['label', undefined, 'checked', undefined, undefined, undefined, undefined, undefined, 'checked'],
  ],
};

// ----------------------------------------------------------------------------- PL-II (seed 002)
const TRUYEN_THONG = 'Các hoạt động truyền thông (hội nghị tuyên truyền, sinh hoạt ngoại khóa, hội thi...)';

export const PL_II: SeedTable = {
  id: 'seed002-pl-ii',
  templateId: 'PL-II',
  table: 'main',
  source: 'seed 002, Phụ lục II',
  before: [
    'Phụ lục II',
    'MỘT SỐ KẾT QUẢ CHỦ YẾU TRIỂN KHAI ĐỀ ÁN HỖ TRỢ HOẠT ĐỘNG BÌNH ĐẲNG GIỚI (THEO QĐ 1898/QĐ-TTG NGÀY 28/11/2017)',
  ],
  rows: [
    [
      'Số TT',
      'Địa phương',
      'Tập huấn, bồi dưỡng kiến thức',
      '',
      TRUYEN_THONG,
      '',
      'Sản phẩm truyền thông (tờ rơi, tờ gấp, pano, áp phích)',
      'Tư vấn pháp luật về BĐG',
      '',
      'Mô hình can thiệp',
    ],
    [
      '',
      '',
      'Tổng số lớp',
      'Số lượt người tham gia',
      'Tổng số cuộc',
      'Số lượt người tham gia',
      '',
      'Số cuộc tư vấn',
      'Số người được tư vấn',
      '',
    ],
    N(10),
    ['1', 'TP Cao Bằng', '0', '0', '5', '1250', '0', '0', '0', '0'],
    ['Tổng', '', '', '', '', '', '', '', '', ''],
  ],
  merges: [
    { r1: 0, c1: 0, r2: 1, c2: 0 },
    { r1: 0, c1: 1, r2: 1, c2: 1 },
    { r1: 0, c1: 2, r2: 0, c2: 3 },
    { r1: 0, c1: 4, r2: 0, c2: 5 },
    { r1: 0, c1: 6, r2: 1, c2: 6 },
    { r1: 0, c1: 7, r2: 0, c2: 8 },
    { r1: 0, c1: 9, r2: 1, c2: 9 },
    { r1: 4, c1: 0, r2: 4, c2: 1 },
  ],
  headerRows: 3,
  expect: [
    [
      'label',
      to('1.dia_phuong'),
      to('1.tap_huan_lop'),
      to('1.tap_huan_nguoi'),
      to('1.truyen_thong_cuoc'),
      to('1.truyen_thong_nguoi'),
      to('1.san_pham'),
      to('1.tu_van_cuoc'),
      to('1.tu_van_nguoi'),
      to('1.mo_hinh'),
    ],
    ['label'],
  ],
};

// ---------------------------------------------------------------------------- PL-III (seed 002)
export const PL_III_1898: SeedTable = {
  id: 'seed002-pl-iii-1898',
  templateId: 'PL-III',
  table: 'kp_1898',
  source: 'seed 002, Phụ lục III, bảng 1',
  before: [
    'Phụ lục III',
    'TỔNG HỢP KINH PHÍ THỰC HIỆN NHIỆM VỤ BÌNH ĐẲNG GIỚI VÙNG ĐỒNG BÀO DTTS VÀ MIỀN NÚI NĂM 2024 VÀ NHU CẦU KINH PHÍ NĂM 2025',
    '1. Kinh phí thực hiện Quyết định số 1898/QĐ-TTg ngày 28/11/2017',
  ],
  rows: [
    ['Số TT', 'Tên đơn vị', 'Kinh phí thực hiện (đơn vị tr. đồng)', '', '', '', '', '', '', '', 'Ghi chú'],
    [
      '',
      '',
      'Kinh phí được giao thực hiện giai đoạn 2018-2024',
      '',
      '',
      '',
      '',
      '',
      '',
      'Nhu cầu kinh phí năm 2025',
      '',
    ],
    ['', '', 'Năm 2018', 'Năm 2019', 'Năm 2020', 'Năm 2021', 'Năm 2022', 'Năm 2023', 'Năm 2024', '', ''],
    N(11),
    ['I', 'CƠ QUAN CÔNG TÁC DÂN TỘC CẤP TỈNH/TP', '', '', '', '', '', '', '', '', ''],
    ['II', 'ĐỊA PHƯƠNG', '', '', '', '', '', '', '', '', ''],
    ['1', 'TP Cao Bằng', '0', '0', '', '0', '0', '', '0', '0', ''],
    ['Tổng kinh phí', '', '', '', '', '', '', '', '', '', ''],
  ],
  merges: [
    { r1: 0, c1: 0, r2: 2, c2: 0 },
    { r1: 0, c1: 1, r2: 2, c2: 1 },
    { r1: 0, c1: 2, r2: 0, c2: 9 },
    { r1: 0, c1: 10, r2: 2, c2: 10 },
    { r1: 1, c1: 2, r2: 1, c2: 8 },
    { r1: 1, c1: 9, r2: 2, c2: 9 },
    { r1: 7, c1: 0, r2: 7, c2: 1 },
  ],
  headerRows: 4,
  expect: [
    ['heading', 'heading'],
    ['heading', 'heading'],
    [
      'label',
      to('1.ten_don_vi'),
      to('1.nam_2018'),
      to('1.nam_2019'),
      undefined,
      to('1.nam_2021'),
      to('1.nam_2022'),
      undefined,
      to('1.nam_2024'),
      to('1.nhu_cau'),
    ],
    ['label'],
  ],
};

export const PL_III_CTMTQG: SeedTable = {
  id: 'seed002-pl-iii-ctmtqg',
  templateId: 'PL-III',
  table: 'kp_ctmtqg',
  source: 'seed 002, Phụ lục III, bảng 2',
  before: ['2. Kinh phí thực hiện CTMTQG và Chương trình, dự án khác'],
  rows: [
    ['Số TT', 'Tên đơn vị', 'Kinh phí thực hiện', '', 'Nhu cầu kinh phí năm 2025', ''],
    ['', '', 'CTMTQG năm 2024', 'Các Chương trình, dự án khác năm 2024', 'CTMTQG', 'Các Chương trình, dự án khác'],
    N(6),
    ['I', 'CƠ QUAN CÔNG TÁC DÂN TỘC CẤP TỈNH/THÀNH PHỐ', '', '', '', ''],
    ['II', 'ĐỊA PHƯƠNG', '', '', '', ''],
    ['1', 'TP Cao Bằng', '123', '0', '150', '0'],
    ['Tổng kinh phí', '', '123', '', '150', ''],
  ],
  merges: [
    { r1: 0, c1: 0, r2: 1, c2: 0 },
    { r1: 0, c1: 1, r2: 1, c2: 1 },
    { r1: 0, c1: 2, r2: 0, c2: 3 },
    { r1: 0, c1: 4, r2: 0, c2: 5 },
    { r1: 6, c1: 0, r2: 6, c2: 1 },
  ],
  headerRows: 3,
  expect: [
    ['heading', 'heading'],
    ['heading', 'heading'],
    ['label', to('1.ten_don_vi'), to('1.ctmtqg_nam'), to('1.khac_nam'), to('1.ctmtqg_nhu_cau'), to('1.khac_nhu_cau')],
    ['label', undefined, 'checked', undefined, 'checked'],
  ],
};

// ----------------------------------------------------------------------------- PL-CB (seed 001)
export const PL_CB: SeedTable = {
  id: 'seed001-pl-cb',
  templateId: 'PL-CB',
  table: 'main',
  source: 'seed 001 §3, "Về công tác cán bộ nữ" (the figures of the text, in the table an officer makes of them)',
  before: ['TỶ LỆ NỮ THAM GIA CẤP ỦY, HỘI ĐỒNG NHÂN DÂN VÀ LÃNH ĐẠO CHỦ CHỐT CHÍNH QUYỀN CÁC CẤP'],
  rows: [
    ['TT', 'Nội dung', 'Số lượng (người)', 'Tỷ lệ (%)'],
    ['1', 'Tỷ lệ nữ tham gia cấp ủy đảng nhiệm kỳ 2020 - 2025', '', ''],
    ['', 'Cấp thành phố', '11/35', '31,43'],
    ['', 'Cấp xã, phường', '31/101', '30,69'],
    ['2', 'Tỷ lệ nữ tham gia đại biểu Hội đồng nhân dân nhiệm kỳ 2021 - 2026', '', ''],
    ['', 'Hội đồng nhân dân thành phố', '08/29', '27,59,03%'],
    ['', 'Hội đồng nhân dân xã, phường', '53/152', '34,87'],
    ['3', 'Nữ tham gia lãnh đạo chủ chốt chính quyền các cấp', '', ''],
    ['', 'HĐND thành phố: Chủ tịch', '0', ''],
    ['', 'HĐND thành phố: Phó Chủ tịch', '01', ''],
    ['', 'HĐND xã, phường: Chủ tịch', '01/8', '12,5'],
    ['', 'HĐND xã, phường: Phó Chủ tịch', '05/8', '62,50'],
    ['', 'UBND thành phố: Chủ tịch, Phó Chủ tịch', 'không có nữ', ''],
    ['', 'UBND xã, phường: Chủ tịch', '01/8', '12,5'],
    ['', 'UBND xã, phường: Phó Chủ tịch', '07/15', '46,67'],
  ],
  merges: [],
  headerRows: 1,
  expect: [
    ['heading', 'heading'],
    [undefined, 'label', to('cap_uy_huyen.so_nu', 'cap_uy_huyen.tong_so'), 'checked'],
    [undefined, 'label', to('cap_uy_xa.so_nu', 'cap_uy_xa.tong_so'), 'checked'],
    ['heading', 'heading'],
    [undefined, 'label', to('hdnd_huyen.so_nu', 'hdnd_huyen.tong_so'), 'checked'],
    [undefined, 'label', to('hdnd_xa.so_nu', 'hdnd_xa.tong_so'), 'checked'],
    ['heading', 'heading'],
    [undefined, 'label', 'unplaced'], // "0": a count without its total
    [undefined, 'label', 'unplaced'], // "01": a count without its total
    [undefined, 'label', to('hdnd_ld_ct_xa.so_nu', 'hdnd_ld_ct_xa.tong_so'), 'checked'],
    [undefined, 'label', to('hdnd_ld_pct_xa.so_nu', 'hdnd_ld_pct_xa.tong_so'), 'checked'],
    [undefined, 'unplaced', 'unplaced'], // names the head and the deputy in one row
    [undefined, 'label', to('ubnd_ld_ct_xa.so_nu', 'ubnd_ld_ct_xa.tong_so'), 'checked'],
    [undefined, 'label', to('ubnd_ld_pct_xa.so_nu', 'ubnd_ld_pct_xa.tong_so'), 'checked'],
  ],
};

export const SEED_TABLES: readonly SeedTable[] = [VB, CLQG, PL_I, PL_II, PL_III_1898, PL_III_CTMTQG, KH, PL_CB];
