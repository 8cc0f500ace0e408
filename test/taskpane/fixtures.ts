/** Reports and findings for the task pane tests. */
import type { Finding, IndicatorResult, Report } from '../../src/domain/report/schema';
import type { TemplateInfo } from '../../src/app/types';
import type { ReportSettings } from '../../src/domain/settings';

export const CATALOG: TemplateInfo[] = [
  {
    id: 'PL-I',
    title: 'Phụ lục I',
    description: 'Số lượng, tỷ lệ nữ DTTS tham gia HĐND và giữ chức vụ lãnh đạo, theo cấp hành chính',
    sheetName: 'PL-I Nữ DTTS lãnh đạo',
  },
  {
    id: 'PL-II',
    title: 'Phụ lục II',
    description: 'Kết quả triển khai Đề án hỗ trợ hoạt động bình đẳng giới vùng DTTS',
    sheetName: 'PL-II Đề án 1898',
  },
];

export const SETTINGS: ReportSettings = {
  unitName: 'Thành phố Cao Bằng',
  issuer: 'UBND thành phố Cao Bằng',
  reportNumber: '125/BC-UBND',
  reportDate: '2024-11-20',
  reportYear: 2024,
  period: { from: '2024-01-01', to: '2024-10-31' },
  levels: ['tinh', 'huyen', 'xa'],
  units: ['Phường Hợp Giang', 'Xã Hưng Đạo'],
  budgetFromYear: 2018,
  indicatorSet: 'clqg-2021-2030',
  localTargets: [{ indicatorId: '1.1', value: 60.5 }],
  explanations: {},
};

export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    rule: 'arithmetic/percent-mismatch',
    messageId: 'arithmetic/percent-mismatch',
    severity: 'error',
    sheet: 'PL-I Nữ DTTS lãnh đạo',
    cell: 'E8',
    message: 'Tỷ lệ ghi 88,88 nhưng 8/9 = 88,89.',
    ...overrides,
  };
}

export function indicator(overrides: Partial<IndicatorResult> = {}): IndicatorResult {
  return {
    id: '1.1',
    name: 'Tỷ lệ cơ quan có lãnh đạo chủ chốt là nữ',
    unit: '%',
    value: 76.47,
    numerator: 13,
    denominator: 17,
    localTarget: 80,
    nationalTarget: 60,
    nationalYear: '2025',
    localStatus: 'chua-dat',
    nationalStatus: 'dat',
    localGap: 3.53,
    nationalGap: 0,
    ...overrides,
  };
}

/** 2 errors (two sheets), 1 warning (explained), 3 indicators. */
export function reportWithErrors(): Report {
  const findings: Finding[] = [
    finding({ cell: 'E8', value: '88,88', expected: '88,89' }),
    finding({
      rule: 'target/less-ambitious',
      messageId: 'target/less-ambitious',
      severity: 'warning',
      sheet: 'CLQG Chỉ tiêu',
      cell: 'F12',
      message: 'Chỉ tiêu địa phương 50 thấp hơn chỉ tiêu quốc gia 60.',
      value: '50',
      expected: '≥ 60',
      explanation: 'Tỉnh quyết định theo điều kiện thực tế.',
    }),
    finding({
      rule: 'presence/required',
      messageId: 'presence/required',
      sheet: 'CLQG Chỉ tiêu',
      cell: 'D9',
      message: 'Ô bắt buộc còn trống: Kết quả.',
    }),
  ];
  return {
    valid: false,
    stats: { errors: 2, warnings: 1, infos: 0, sheets: 2, cells: 120, ms: 12 },
    annexes: [],
    findings,
    indicators: [
      indicator(),
      indicator({
        id: '4.1',
        name: 'Tỷ số giới tính khi sinh',
        unit: 'bé trai/100 bé gái',
        value: 109.5,
        localTarget: 110,
        nationalTarget: 111,
        localStatus: 'dat',
        nationalStatus: 'dat',
        localGap: 0,
        nationalGap: 0,
      }),
      indicator({
        id: '2.3',
        name: 'Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã',
        value: null,
        numerator: null,
        denominator: null,
        localTarget: null,
        localStatus: 'chua-co-so-lieu',
        nationalStatus: 'chua-co-so-lieu',
        localGap: null,
        nationalGap: null,
      }),
    ],
  };
}

export function cleanReport(): Report {
  return {
    valid: true,
    stats: { errors: 0, warnings: 0, infos: 1, sheets: 1, cells: 40, ms: 5 },
    annexes: [],
    findings: [
      finding({
        severity: 'info',
        rule: 'text/normalized',
        messageId: 'text/normalized',
        message: 'Nhãn có dấu tổ hợp.',
      }),
    ],
    indicators: [],
  };
}
