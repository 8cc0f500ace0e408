/**
 * What the catalog shows of each annex, without building anything: light enough for the
 * task pane's first paint. Each template file spreads its own entry (templateInfo(id)).
 */
export interface TemplateInfo {
  id: string;
  title: string;
  /** The sheet's name when inserted: Vietnamese, ≤ 31 characters, none of : \ / ? * [ ]. */
  sheetName: string;
  /** Names earlier versions gave the sheet (ASCII): still recognised when marker and title are lost. */
  legacySheetNames: readonly string[];
  description: string;
  source: string;
}

export const TEMPLATE_INFO: readonly TemplateInfo[] = [
  {
    id: 'PL-I',
    title: 'Phụ lục I',
    sheetName: 'PL-I Nữ DTTS lãnh đạo',
    legacySheetNames: ['PL-I Nu DTTS lanh dao'],
    description: 'Số lượng, tỷ lệ nữ DTTS tham gia HĐND và giữ chức vụ lãnh đạo, theo cấp hành chính',
    source: 'Seed 002, Phụ lục I',
  },
  {
    id: 'PL-CB',
    title: 'Phụ lục CB',
    sheetName: 'PL-CB Nữ cán bộ',
    legacySheetNames: ['PL-CB Nu can bo'],
    description: 'Tỷ lệ nữ tham gia cấp ủy, HĐND và giữ chức vụ lãnh đạo chủ chốt, so với chỉ tiêu',
    source: 'Seed 001 §3, seed 000 §3a',
  },
  {
    id: 'PL-II',
    title: 'Phụ lục II',
    sheetName: 'PL-II Đề án 1898',
    legacySheetNames: ['PL-II De an 1898'],
    description: 'Kết quả triển khai Đề án hỗ trợ hoạt động bình đẳng giới vùng DTTS (QĐ 1898/QĐ-TTg)',
    source: 'Seed 002, Phụ lục II',
  },
  {
    id: 'PL-III',
    title: 'Phụ lục III',
    sheetName: 'PL-III Kinh phí',
    legacySheetNames: ['PL-III Kinh phi'],
    description: 'Kinh phí thực hiện nhiệm vụ BĐG vùng DTTS theo năm và nhu cầu năm sau (triệu đồng)',
    source: 'Seed 002, Phụ lục III',
  },
  {
    id: 'KP',
    title: 'Phụ lục KP',
    sheetName: 'KP Kinh phí theo năm',
    legacySheetNames: ['KP Kinh phi theo nam'],
    description: 'Kinh phí thực hiện các chính sách về bình đẳng giới theo từng năm (đồng)',
    source: 'Seed 000 §6',
  },
  {
    id: 'CLQG',
    title: 'Phụ lục CLQG',
    sheetName: 'CLQG Chỉ tiêu',
    legacySheetNames: ['CLQG Chi tieu'],
    description:
      'Đánh giá thực hiện các chỉ tiêu Chiến lược quốc gia về bình đẳng giới: kết quả, chỉ tiêu, Đạt/Chưa đạt',
    source: 'Seed 000, bảng "Đánh giá thực hiện các mục tiêu, chỉ tiêu"',
  },
  {
    id: 'KH',
    title: 'Phụ lục KH',
    sheetName: 'KH Phân công chỉ tiêu',
    legacySheetNames: ['KH Phan cong chi tieu'],
    description: 'Kế hoạch năm: giá trị cơ sở, chỉ tiêu giai đoạn, chỉ tiêu năm và đơn vị thực hiện từng chỉ tiêu',
    source: 'Seed 004, Phụ lục phân công',
  },
  {
    id: 'VB',
    title: 'Phụ lục VB',
    sheetName: 'VB Văn bản chỉ đạo',
    legacySheetNames: ['VB Van ban chi dao'],
    description: 'Danh mục các văn bản chỉ đạo đã ban hành: trích yếu, loại, số ký hiệu, ngày ban hành',
    source: 'Seed 000, Phụ lục các văn bản chỉ đạo đã ban hành',
  },
];

export const TEMPLATE_IDS: readonly string[] = TEMPLATE_INFO.map((t) => t.id);

export function templateInfo(id: string): TemplateInfo {
  const t = TEMPLATE_INFO.find((x) => x.id === id);
  if (!t) throw new Error(`No catalog entry for template ${id}`);
  return t;
}
