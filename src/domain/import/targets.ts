/**
 * What a source column can become in a template table: one input column, a pair of columns
 * filled from "11/29" (count and total), a computed column whose typed values are compared
 * with the annex's formula, or a label the template prints itself (used to recognise rows).
 * Each target carries its header path, the other titles officers give it, and the facts
 * (years, levels) that must agree with a source title.
 */
import type { Column, Table } from '../templates/schema';
import { levelsOf, tokensOf, yearsOf, type LevelFact, type YearFacts } from './text';

export type TargetKind = 'input' | 'split' | 'computed' | 'label';

export interface Target {
  /** A column key, or "num/den" for a split pair. */
  id: string;
  kind: TargetKind;
  /** Columns this target occupies (a split pair occupies both; a label group all of its columns). */
  keys: string[];
  /** The template column (single-column targets). */
  column?: Column;
  /** Header path as the annex prints it. */
  path: string[];
  /** Alternative leaf titles officers use. */
  aliases: string[];
  /** Values are sentences to read numbers from (the seed's "Kết quả thực hiện"). */
  freeText: boolean;
  tokens: string[];
  leafTokens: string[];
  aliasTokens: string[][];
  years: YearFacts;
  levels: LevelFact[];
}

/** Alternative titles, by "templateId.columnKey" or "*.columnKey". */
const ALIASES: Record<string, string[]> = {
  '*.stt': ['TT', 'STT', 'Số TT', 'Số thứ tự'],
  '*.tt': ['TT', 'STT', 'Số TT', 'Số thứ tự'],
  '*.ma': ['Mã', 'Mã số', 'Mã chỉ tiêu', 'TT', 'STT'],
  '*.ghi_chu': ['Ghi chú', 'Ghi chú, giải trình', 'Giải trình'],
  'PL-I.dia_phuong': ['Địa phương', 'Đơn vị', 'Tên đơn vị', 'Địa bàn', 'Huyện, thành phố', 'Xã, phường, thị trấn'],
  'PL-II.dia_phuong': ['Địa phương', 'Đơn vị', 'Tên đơn vị', 'Địa bàn', 'Huyện, thành phố', 'Xã, phường, thị trấn'],
  'PL-III.ten_don_vi': ['Tên đơn vị', 'Đơn vị', 'Địa phương', 'Cơ quan, đơn vị'],
  'KP.ten_don_vi': ['Cấp, đơn vị', 'Đơn vị', 'Tên đơn vị', 'Cấp', 'Nội dung'],
  'PL-CB.co_quan': ['Cơ quan, chức danh', 'Nội dung', 'Cơ quan', 'Chức danh', 'Chỉ tiêu', 'Đối tượng'],
  'PL-CB.so_nu/tong_so': ['Số lượng', 'Số nữ/Tổng số', 'Nữ/Tổng số', 'Số người', 'Số lượng (người)'],
  'PL-I.*/*': ['Số lượng', 'Số nữ/Tổng số', 'SL'],
  'PL-CB.chi_tieu': ['Chỉ tiêu', 'Chỉ tiêu giao', 'Chỉ tiêu (%)', 'Mục tiêu'],
  'PL-CB.danh_gia': ['Đánh giá', 'Đạt/Chưa đạt', 'Kết quả đánh giá'],
  'VB.tt': ['TT', 'STT', 'Số TT', 'Số thứ tự'],
  'VB.noi_dung': ['Nội dung', 'Trích yếu', 'Trích yếu nội dung', 'Nội dung văn bản', 'Tên văn bản'],
  'VB.co_quan': ['Cơ quan ban hành', 'Đơn vị ban hành', 'Cơ quan', 'Nơi ban hành'],
  'VB.loai': ['Loại văn bản', 'Hình thức văn bản', 'Loại', 'Thể loại'],
  'VB.so_ky_hieu': ['Số ký hiệu', 'Số, ký hiệu', 'Số hiệu', 'Số văn bản', 'Số ban hành', 'Số và ký hiệu'],
  'VB.ngay': ['Ngày ban hành', 'Ngày, tháng, năm ban hành', 'Ngày tháng năm', 'Ngày ký', 'Ngày văn bản', 'Ngày'],
  'CLQG.chi_tieu': ['Chỉ tiêu', 'Mục tiêu, chỉ tiêu', 'Nội dung chỉ tiêu', 'Tên chỉ tiêu'],
  'CLQG.qg_1/qg_2': ['Chỉ tiêu quốc gia', 'Chỉ tiêu của Chiến lược', 'Chỉ tiêu Chiến lược quốc gia'],
  'CLQG.dia_phuong': [
    'Chỉ tiêu của địa phương',
    'Chỉ tiêu địa phương',
    'Chỉ tiêu giai đoạn',
    'Chỉ tiêu của tỉnh',
    'Chỉ tiêu của huyện',
    'Chỉ tiêu của thành phố',
    'Chỉ tiêu của xã',
    'Chỉ tiêu kế hoạch',
  ],
  'CLQG.chu_tri': ['Đơn vị chủ trì', 'Cơ quan chủ trì', 'Cơ quan thực hiện', 'Đơn vị thực hiện'],
  'CLQG.ket_qua': ['Kết quả', 'Kết quả thực hiện', 'Kết quả đạt được', 'Thực hiện'],
  'CLQG.danh_gia': ['Đánh giá', 'Đạt/Chưa đạt', 'Kết quả đánh giá'],
  'CLQG.ghi_chu': ['Ghi chú / giải trình', 'Ghi chú', 'Giải trình'],
  'KH.muc_tieu': ['Mục tiêu/chỉ tiêu', 'Mục tiêu, chỉ tiêu', 'Chỉ tiêu', 'Nội dung'],
  'KH.co_so': ['Giá trị cơ sở', 'Số liệu cơ sở', 'Cơ sở'],
  'KH.ke_hoach': ['Kế hoạch giai đoạn', 'Chỉ tiêu giai đoạn', 'Mục tiêu giai đoạn'],
  'KH.nam_y': ['Mục tiêu, chỉ tiêu thực hiện năm', 'Chỉ tiêu năm', 'Kế hoạch năm', 'Chỉ tiêu giao năm'],
  'KH.don_vi': ['Đơn vị thực hiện', 'Đơn vị chủ trì', 'Cơ quan chủ trì', 'Cơ quan thực hiện', 'Đơn vị được giao'],
  '*.dvt': ['Đơn vị tính', 'ĐVT'],
};

/** Columns whose source values are sentences the import reads numbers from. */
const FREE_TEXT = new Set(['CLQG.dia_phuong', 'CLQG.ket_qua']);

function aliasesFor(templateId: string, id: string): string[] {
  return [...(ALIASES[`${templateId}.${id}`] ?? []), ...(ALIASES[`*.${id}`] ?? [])];
}

/** Years of the deepest title that names any: a "Năm 2019" column under "giai đoạn 2018-2024" is 2019. */
function pathYears(path: readonly string[]): YearFacts {
  for (let i = path.length - 1; i >= 0; i--) {
    const y = yearsOf(path[i]!);
    if (y.points.length || y.ranges.length) return y;
  }
  return { points: [], ranges: [] };
}

export function pathFacts(path: readonly string[]): { years: YearFacts; levels: LevelFact[] } {
  const levels = new Set<LevelFact>();
  for (const p of path) for (const l of levelsOf(p)) levels.add(l);
  return { years: pathYears(path), levels: [...levels] };
}

function makeTarget(
  templateId: string,
  id: string,
  kind: TargetKind,
  keys: string[],
  path: string[],
  column?: Column,
  aliasKey = id,
): Target {
  const aliases = aliasesFor(templateId, aliasKey);
  const { years, levels } = pathFacts(path);
  const leaf = path[path.length - 1] ?? '';
  return {
    id,
    kind,
    keys,
    ...(column ? { column } : {}),
    path,
    aliases,
    freeText: FREE_TEXT.has(`${templateId}.${id}`),
    tokens: tokensOf(path.join(' ')),
    leafTokens: tokensOf(leaf),
    aliasTokens: aliases.map((a) => tokensOf(a)),
    years,
    levels,
  };
}

/** Every target of a template table. */
export function targetsOf(templateId: string, table: Table): Target[] {
  const out: Target[] = [];
  for (const c of table.columns) {
    const kind: TargetKind =
      c.kind === 'status'
        ? 'computed'
        : c.ratio && !c.input
          ? 'computed'
          : c.kind === 'seq' && !c.input
            ? 'label'
            : c.kind === 'label'
              ? 'label'
              : 'input';
    out.push(makeTarget(templateId, c.key, kind, [c.key], c.header, c));
  }
  // "11/29" in one cell: the count and the total of a ratio, when both are inputs.
  for (const c of table.columns) {
    if (!c.ratio) continue;
    const num = table.columns.find((x) => x.key === c.ratio!.num);
    const den = table.columns.find((x) => x.key === c.ratio!.den);
    if (!num || !den || !num.input || !den.input) continue;
    const shared: string[] = [];
    for (let i = 0; i < Math.min(num.header.length, den.header.length) - 1; i++) {
      if (num.header[i] !== den.header[i]) break;
      shared.push(num.header[i]!);
    }
    const path = shared.length ? shared : [`${num.header[num.header.length - 1]}/${den.header[den.header.length - 1]}`];
    const aliasKey = ALIASES[`${templateId}.${num.key}/${den.key}`] ? `${num.key}/${den.key}` : '*/*';
    out.push(makeTarget(templateId, `${num.key}/${den.key}`, 'split', [num.key, den.key], path, undefined, aliasKey));
  }
  // A title over label columns only ("Chỉ tiêu quốc gia" over 2025 and 2030): one label target.
  const groups = new Map<string, Column[]>();
  for (const c of table.columns) {
    if (c.header.length < 2) continue;
    const k = c.header[0]!;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  for (const [title, cols] of groups) {
    if (cols.length < 2 || !cols.every((c) => c.kind === 'label')) continue;
    const id = cols.map((c) => c.key).join('/');
    out.push(
      makeTarget(
        templateId,
        id,
        'label',
        cols.map((c) => c.key),
        [title],
        undefined,
        id,
      ),
    );
  }
  return out;
}
