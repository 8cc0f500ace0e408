import { clqg20212030Definition } from './clqg-2021-2030';
import { IndicatorSetSchema, viErrorMap, type Indicator, type IndicatorSet } from './schema';

/** A fresh, mutable copy of the default set. */
function base(): IndicatorSet {
  return structuredClone(clqg20212030Definition);
}

function ind(set: IndicatorSet, id: string): Indicator {
  const found = set.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);
  return found;
}

/** Issues as { path, message, indicatorId }, for exact assertions. */
function issues(input: unknown) {
  const r = IndicatorSetSchema.safeParse(input, { error: viErrorMap });
  if (r.success) return [];
  return r.error.issues.map((i) => ({
    path: i.path.map(String).join('.'),
    message: i.message,
    indicatorId: (i as { params?: { indicatorId?: string } }).params?.indicatorId,
  }));
}

describe('IndicatorSetSchema — accepts', () => {
  it('the default 2021–2030 set', () => {
    expect(issues(base())).toEqual([]);
  });
  it('a strict target after a non-strict one at the same value (4.2: 42 → dưới 42)', () => {
    const s = base();
    expect(ind(s, '4.2').national).toEqual({ '2025': { value: 42 }, '2030': { value: 42, cmp: 'lt' } });
    expect(issues(s)).toEqual([]);
  });
  it('equal targets across years (5.4a: 50 → 50)', () => {
    expect(ind(base(), '5.4a').national).toEqual({ '2025': { value: 50 }, '2030': { value: 50 } });
  });
});

describe('IndicatorSetSchema — rejects contradictions, naming the entry', () => {
  it('the same id twice with the same targets', () => {
    const s = base();
    s.indicators.push(structuredClone(ind(s, '1.1')));
    expect(issues(s)).toEqual([
      {
        path: 'indicators.22.id',
        message: 'Chỉ tiêu 1.1 được khai báo hai lần (mục thứ 1 và 23).',
        indicatorId: '1.1',
      },
    ]);
  });

  it('the same id twice with different targets', () => {
    const s = base();
    const copy = structuredClone(ind(s, '2.3'));
    copy.national['2025'] = { value: 20 };
    s.indicators.push(copy);
    expect(issues(s)).toEqual([
      {
        path: 'indicators.22.national',
        message:
          'Chỉ tiêu 2.3 được khai báo hai lần với chỉ tiêu khác nhau (năm 2025: từ 27 % trở lên và từ 20 % trở lên); chỉ giữ một định nghĩa.',
        indicatorId: '2.3',
      },
    ]);
  });

  it('a goal that is referenced but missing', () => {
    const s = base();
    s.goals = s.goals.filter((g) => g.id !== 6);
    const found = issues(s);
    expect(found.map((f) => f.indicatorId)).toEqual(['6.1', '6.2', '6.3', '6.4']);
    expect(found[0]).toEqual({
      path: 'indicators.18.goal',
      message: 'Chỉ tiêu 6.1 thuộc mục tiêu 6, nhưng bộ chỉ tiêu không có mục tiêu 6.',
      indicatorId: '6.1',
    });
  });

  it('an id whose goal number disagrees with its goal', () => {
    const s = base();
    ind(s, '2.1').goal = 3;
    expect(issues(s)).toEqual([
      {
        path: 'indicators.1.goal',
        message: 'Chỉ tiêu 2.1 phải thuộc mục tiêu 2 (theo mã), nhưng được gắn với mục tiêu 3.',
        indicatorId: '2.1',
      },
    ]);
  });

  it('a target outside the plausible range', () => {
    const s = base();
    ind(s, '1.1').national['2025'] = { value: 120 };
    ind(s, '4.1').national['2030'] = { value: 150 };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.0.national.2025',
        message: 'Chỉ tiêu 1.1: chỉ tiêu năm 2025 (120 %) nằm ngoài khoảng hợp lý 0–100 %.',
        indicatorId: '1.1',
      },
      {
        path: 'indicators.8.national.2030',
        message:
          'Chỉ tiêu 4.1: chỉ tiêu năm 2030 (150 bé trai/100 bé gái) nằm ngoài khoảng hợp lý 90–130 bé trai/100 bé gái.',
        indicatorId: '4.1',
      },
    ]);
  });

  it('a target for a year that is not a milestone', () => {
    const s = base();
    ind(s, '6.1').national['2027'] = { value: 70 };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.18.national.2027',
        message: 'Chỉ tiêu 6.1 có chỉ tiêu cho năm 2027, nhưng bộ chỉ tiêu chỉ đặt mốc các năm 2025, 2030.',
        indicatorId: '6.1',
      },
    ]);
  });

  it('a higher-is-better target that drops in a later year', () => {
    const s = base();
    ind(s, '2.1').national['2030'] = { value: 45 };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.1.national.2030',
        message:
          'Chỉ tiêu 2.1: chỉ tiêu năm 2030 (từ 45 % trở lên) thấp hơn chỉ tiêu năm 2025 (từ 50 % trở lên), ngược với hướng của chỉ tiêu (càng cao càng tốt).',
        indicatorId: '2.1',
      },
    ]);
  });

  it('a lower-is-better target that rises in a later year (like seed 003: 113 → 115)', () => {
    const s = base();
    ind(s, '4.1').national = { '2025': { value: 113 }, '2030': { value: 115 } };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.8.national.2030',
        message:
          'Chỉ tiêu 4.1: chỉ tiêu năm 2030 (không quá 115 bé trai/100 bé gái) cao hơn chỉ tiêu năm 2025 (không quá 113 bé trai/100 bé gái), ngược với hướng của chỉ tiêu (càng thấp càng tốt).',
        indicatorId: '4.1',
      },
    ]);
  });

  it('a strictly-below target followed by a looser one at the same value', () => {
    const s = base();
    ind(s, '4.2').national = { '2025': { value: 42, cmp: 'lt' }, '2030': { value: 42 } };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.9.national.2030',
        message:
          'Chỉ tiêu 4.2: chỉ tiêu năm 2030 (không quá 42/100.000 trẻ sinh sống) lỏng hơn chỉ tiêu năm 2025 (dưới 42/100.000 trẻ sinh sống), ngược với hướng của chỉ tiêu (càng thấp càng tốt).',
        indicatorId: '4.2',
      },
    ]);
  });

  it('an "= 100 %" indicator whose target is not 100', () => {
    const s = base();
    ind(s, '3.3').national['2025'] = { value: 90 };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.7.national.2025',
        message: 'Chỉ tiêu 3.3 phải đạt 100 %, nhưng chỉ tiêu năm 2025 là 90 %.',
        indicatorId: '3.3',
      },
    ]);
  });

  it('a target whose comparison contradicts the direction', () => {
    const s = base();
    ind(s, '2.1').national['2025'] = { value: 50, cmp: 'lte' };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.1.national.2025.cmp',
        message:
          'Chỉ tiêu 2.1: chỉ tiêu năm 2025 (không quá 50 %) trái với hướng đánh giá của chỉ tiêu (càng cao càng tốt).',
        indicatorId: '2.1',
      },
    ]);
  });

  it('a % indicator whose plausible range goes beyond 0–100', () => {
    const s = base();
    ind(s, '5.2b').plausible = { min: 0, max: 120 };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.14.plausible',
        message: 'Chỉ tiêu 5.2b tính bằng % nhưng khoảng hợp lý 0–120 % vượt ra ngoài 0–100 %.',
        indicatorId: '5.2b',
      },
    ]);
  });

  it('a plausible range with min above max', () => {
    const s = base();
    ind(s, '3.1').plausible = { min: 5, max: 0.5 };
    expect(issues(s)).toEqual([
      {
        path: 'indicators.4.plausible',
        message: 'Chỉ tiêu 3.1: khoảng hợp lý không hợp lệ (tối thiểu 5 lớn hơn tối đa 0,5).',
        indicatorId: '3.1',
      },
    ]);
  });

  it('kind and unit that disagree', () => {
    const s = base();
    ind(s, '3.1').unit = '%';
    ind(s, '3.1').plausible = { min: 0, max: 5 };
    ind(s, '1.1').unit = 'phần trăm';
    expect(issues(s)).toEqual([
      {
        path: 'indicators.0.unit',
        message: 'Chỉ tiêu 1.1 là tỷ lệ phần trăm nhưng đơn vị tính ghi "phần trăm" (cần "%").',
        indicatorId: '1.1',
      },
      {
        path: 'indicators.4.unit',
        message: 'Chỉ tiêu 3.1 có đơn vị tính "%" nhưng không được khai báo là tỷ lệ phần trăm.',
        indicatorId: '3.1',
      },
    ]);
  });

  it('a percent indicator with a base other than 100', () => {
    const s = base();
    ind(s, '6.1').denominatorBase = 1000;
    expect(issues(s)).toEqual([
      {
        path: 'indicators.18.denominatorBase',
        message: 'Chỉ tiêu 6.1 tính bằng % nên hệ số nhân phải là 100, không phải 1.000.',
        indicatorId: '6.1',
      },
    ]);
  });

  it('a yes/no indicator with a target other than 0/1, or a bool kind without bool direction', () => {
    const s = base();
    s.indicators.push({
      id: '6.5',
      goal: 6,
      name: 'Có chuyên mục về bình đẳng giới',
      unit: 'có/không',
      kind: 'bool',
      direction: 'bool',
      national: { '2025': { value: 2 } },
      plausible: { min: 0, max: 1 },
      lead: 'Trung tâm VH-TT&TT',
    });
    s.indicators.push({ ...structuredClone(s.indicators[22]), id: '6.6', national: {}, direction: 'gte' });
    expect(issues(s)).toEqual([
      {
        path: 'indicators.22.national.2025',
        message: 'Chỉ tiêu 6.5 là chỉ tiêu Có/Không: chỉ tiêu năm 2025 phải là 1 (Có) hoặc 0 (Không), không phải 2.',
        indicatorId: '6.5',
      },
      {
        path: 'indicators.23.direction',
        message: 'Chỉ tiêu 6.6: chỉ tiêu Có/Không phải có loại và hướng đánh giá đều là Có/Không.',
        indicatorId: '6.6',
      },
    ]);
  });

  it('milestone years duplicated, unordered or outside the period', () => {
    const s = base();
    s.targetYears = ['2030', '2025', '2025', '2035'];
    const messages = issues(s)
      .filter((i) => i.path.startsWith('targetYears'))
      .map((i) => [i.path, i.message]);
    expect(messages).toEqual([
      ['targetYears.1', 'Các năm mốc phải theo thứ tự tăng dần: 2025 đứng sau 2030.'],
      ['targetYears.2', 'Năm mốc 2025 được khai báo hai lần.'],
      ['targetYears.3', 'Năm mốc 2035 nằm ngoài giai đoạn 2021–2030.'],
    ]);
  });

  it('a period that ends before it starts, and a goal declared twice', () => {
    const s = base();
    s.period = { from: 2030, to: 2021 };
    s.targetYears = ['2025'];
    for (const i of s.indicators) delete i.national['2030'];
    s.goals.push({ id: 2, title: 'MỤC TIÊU 2: TRÙNG' });
    expect(issues(s).map((i) => [i.path, i.message])).toEqual([
      ['period', 'Giai đoạn không hợp lệ: năm bắt đầu 2030 sau năm kết thúc 2021.'],
      ['targetYears.0', 'Năm mốc 2025 nằm ngoài giai đoạn 2030–2021.'],
      ['goals.6.id', 'Mục tiêu 2 được khai báo hai lần.'],
    ]);
  });
});

describe('IndicatorSetSchema — structure, in Vietnamese', () => {
  it('rejects unknown keys (typos) and wrong types', () => {
    const s = base() as unknown as { indicators: Record<string, unknown>[] };
    s.indicators[0].nationl = {};
    s.indicators[1].goal = '2';
    s.indicators[2].direction = '>=';
    expect(issues(s).map((i) => [i.path, i.message])).toEqual([
      ['indicators.0', 'Trường không được hỗ trợ: "nationl".'],
      ['indicators.1.goal', 'Sai kiểu dữ liệu: cần số, nhận được chuỗi ký tự.'],
      ['indicators.2.direction', 'Giá trị không hợp lệ: chỉ nhận "gte", "lte", "lt", "gt", "eq100", "bool".'],
    ]);
  });

  it('rejects malformed ids and year keys', () => {
    const s = base();
    ind(s, '1.1').id = '1-1';
    (s.indicators[1].national as Record<string, unknown>)['năm 2025'] = { value: 50 };
    expect(issues(s).map((i) => [i.path, i.message])).toEqual([
      ['indicators.0.id', 'Mã chỉ tiêu phải có dạng "1.1" hoặc "3.2a"'],
      ['indicators.1.national.năm 2025', 'Khóa "năm 2025" không hợp lệ: Năm phải gồm 4 chữ số, ví dụ "2025".'],
    ]);
  });
});
