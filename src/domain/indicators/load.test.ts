import { CLQG_2011_2020 } from './clqg-2011-2020';
import { CLQG_2021_2030, clqg20212030Definition } from './clqg-2021-2030';
import {
  DEFAULT_INDICATOR_SET_ID,
  findIndicator,
  formatPath,
  getIndicatorSet,
  listIndicatorSets,
  loadIndicatorSet,
  type IndicatorSetError,
} from './load';
import type { IndicatorSet } from './schema';

function base(): IndicatorSet {
  return structuredClone(clqg20212030Definition);
}

function errorsOf(input: unknown): IndicatorSetError[] {
  const r = loadIndicatorSet(input);
  if (r.ok) throw new Error('expected the set to be rejected');
  return r.errors;
}

describe('loadIndicatorSet — accepts', () => {
  it('the default definition, returning a parsed copy', () => {
    const r = loadIndicatorSet(base());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.set).toEqual(CLQG_2021_2030);
  });
  it('a definition that went through JSON', () => {
    expect(loadIndicatorSet(JSON.parse(JSON.stringify(clqg20212030Definition))).ok).toBe(true);
  });
});

describe('loadIndicatorSet — rejects and names the indicator', () => {
  it('a duplicate id', () => {
    const s = base();
    s.indicators.push(structuredClone(s.indicators[3]));
    expect(errorsOf(s)).toEqual([
      {
        path: 'indicators[22].id',
        indicatorId: '2.3',
        message: 'Chỉ tiêu 2.3 được khai báo hai lần (mục thứ 4 và 23).',
      },
    ]);
  });

  it('an out-of-range target', () => {
    const s = base();
    s.indicators[10].national['2025'] = { value: 250 };
    expect(errorsOf(s)).toEqual([
      {
        path: 'indicators[10].national.2025',
        indicatorId: '4.3',
        message:
          'Chỉ tiêu 4.3: chỉ tiêu năm 2025 (250 ca sinh/1.000 phụ nữ 15–19) nằm ngoài khoảng hợp lý 0–200 ca sinh/1.000 phụ nữ 15–19.',
      },
    ]);
  });

  it('a higher-is-better indicator whose 2030 target is below its 2025 target', () => {
    const s = base();
    s.indicators[17].national['2030'] = { value: 25 };
    expect(errorsOf(s)).toEqual([
      {
        path: 'indicators[17].national.2030',
        indicatorId: '5.4b',
        message:
          'Chỉ tiêu 5.4b: chỉ tiêu năm 2030 (từ 25 % trở lên) thấp hơn chỉ tiêu năm 2025 (từ 30 % trở lên), ngược với hướng của chỉ tiêu (càng cao càng tốt).',
      },
    ]);
  });

  it('all errors at once, not only the first', () => {
    const s = base();
    s.indicators.push(structuredClone(s.indicators[0]));
    s.indicators[1].national['2030'] = { value: 40 };
    s.indicators[7].national['2030'] = { value: 95 };
    expect(errorsOf(s).map((e) => e.indicatorId)).toEqual(['2.1', '3.3', '1.1']);
  });

  it('structural errors, prefixed with the indicator and the field in Vietnamese', () => {
    const s = base() as unknown as { indicators: Record<string, unknown>[] };
    s.indicators[2].unit = 5;
    delete s.indicators[0].name;
    delete s.indicators[4].id;
    (s.indicators[5].national as Record<string, unknown>)['2025'] = { value: '80' };
    expect(errorsOf(s)).toEqual([
      {
        path: 'indicators[0].name',
        indicatorId: '1.1',
        message: 'Chỉ tiêu 1.1, tên: Thiếu trường bắt buộc (cần chuỗi ký tự).',
      },
      {
        path: 'indicators[2].unit',
        indicatorId: '2.2',
        message: 'Chỉ tiêu 2.2, đơn vị tính: Sai kiểu dữ liệu: cần chuỗi ký tự, nhận được số.',
      },
      { path: 'indicators[4].id', message: 'Chỉ tiêu thứ 5, mã: Thiếu trường bắt buộc (cần chuỗi ký tự).' },
      {
        path: 'indicators[5].national.2025.value',
        indicatorId: '3.2a',
        message:
          'Chỉ tiêu 3.2a, chỉ tiêu quốc gia, năm 2025, giá trị: Sai kiểu dữ liệu: cần số, nhận được chuỗi ký tự.',
      },
    ]);
  });

  it('set-level errors carry no indicator id', () => {
    const s = base();
    s.goals[1].title = '';
    expect(errorsOf(s)).toEqual([{ path: 'goals[1].title', message: 'Mục tiêu thứ 2, tên: Không được để trống.' }]);
  });

  it.each([
    [null, 'Bộ chỉ tiêu: Sai kiểu dữ liệu: cần đối tượng, nhận được null.'],
    [42, 'Bộ chỉ tiêu: Sai kiểu dữ liệu: cần đối tượng, nhận được số.'],
    ['clqg', 'Bộ chỉ tiêu: Sai kiểu dữ liệu: cần đối tượng, nhận được chuỗi ký tự.'],
    [[], 'Bộ chỉ tiêu: Sai kiểu dữ liệu: cần đối tượng, nhận được danh sách.'],
  ])('never throws on %p', (input, message) => {
    expect(loadIndicatorSet(input)).toEqual({ ok: false, errors: [{ path: '', message }] });
  });

  it('never throws, even when reading the input throws', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('boom');
        },
        ownKeys() {
          throw new Error('boom');
        },
      },
    );
    expect(loadIndicatorSet(hostile)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Không đọc được bộ chỉ tiêu: boom' }],
    });
  });

  it('reports every missing top-level field', () => {
    expect(errorsOf({}).map((e) => e.path)).toEqual(['id', 'title', 'period', 'targetYears', 'goals', 'indicators']);
  });
});

describe('formatPath', () => {
  it('writes array indexes in brackets', () => {
    expect(formatPath(['indicators', 3, 'national', '2030'])).toBe('indicators[3].national.2030');
    expect(formatPath([])).toBe('');
    expect(formatPath(['goals', 0])).toBe('goals[0]');
  });
});

describe('registry', () => {
  it('returns the 2021–2030 set by default', () => {
    expect(DEFAULT_INDICATOR_SET_ID).toBe('clqg-2021-2030');
    expect(getIndicatorSet()).toBe(CLQG_2021_2030);
    expect(getIndicatorSet('clqg-2021-2030')).toBe(CLQG_2021_2030);
  });
  it('knows the historical set, and nothing else', () => {
    expect(getIndicatorSet('clqg-2011-2020')).toBe(CLQG_2011_2020);
    expect(getIndicatorSet('khong-co')).toBeUndefined();
  });
  it('lists the sets, default first', () => {
    expect(listIndicatorSets()).toEqual([
      {
        id: 'clqg-2021-2030',
        title: 'Chiến lược quốc gia về bình đẳng giới giai đoạn 2021 - 2030',
        period: { from: 2021, to: 2030 },
      },
      {
        id: 'clqg-2011-2020',
        title: 'Chiến lược quốc gia về bình đẳng giới giai đoạn 2011 - 2020',
        period: { from: 2011, to: 2020 },
      },
    ]);
  });
  it('finds an indicator by id', () => {
    expect(findIndicator(CLQG_2021_2030, '3.2a')?.name).toBe(
      'Tỷ lệ người bị bạo lực gia đình, bạo lực trên cơ sở giới được phát hiện được tiếp cận ít nhất một trong các dịch vụ hỗ trợ cơ bản',
    );
    expect(findIndicator(CLQG_2021_2030, ' 4.1 ')?.id).toBe('4.1');
    expect(findIndicator(CLQG_2021_2030, '9.9')).toBeUndefined();
  });
});
