import { CLQG_2021_2030, clqg20212030Definition } from './clqg-2021-2030';
import { IndicatorSetSchema } from './schema';

/** spec/indicators.md, row by row: id · unit · direction · 2025 · 2030 · plausible · lead. */
const TABLE: [string, string, string, string, string, [number, number], string][] = [
  ['1.1', '%', 'gte', '60', '75', [0, 100], 'Phòng Nội vụ'],
  ['2.1', '%', 'gte', '50', '60', [0, 100], 'Phòng LĐ-TB&XH'],
  ['2.2', '%', 'lt', '30', '25', [0, 100], 'Phòng LĐ-TB&XH'],
  ['2.3', '%', 'gte', '27', '30', [0, 100], 'Phòng Tài chính – Kế hoạch'],
  ['3.1', 'lần', 'lte', '1.7', '1.4', [0.5, 5], 'Thống kê'],
  ['3.2a', '%', 'gte', '80', '90', [0, 100], 'Phòng VH-TT / Công an'],
  ['3.2b', '%', 'gte', '50', '70', [0, 100], 'Phòng VH-TT / Công an'],
  ['3.3', '%', 'eq100', '100', '100', [0, 100], 'Phòng LĐ-TB&XH'],
  ['4.1', 'bé trai/100 bé gái', 'lte', '111', '109', [90, 130], 'Trung tâm Y tế'],
  ['4.2', '/100.000 trẻ sinh sống', 'lte', '42', 'lt 42', [0, 1000], 'Trung tâm Y tế'],
  ['4.3', 'ca sinh/1.000 phụ nữ 15–19', 'lte', '18', 'lt 18', [0, 200], 'Trung tâm Y tế'],
  ['4.4', '%', 'gte', '40', '70', [0, 100], 'Trung tâm Y tế'],
  ['5.1', '%', 'eq100', '100', '100', [0, 100], 'Phòng GD&ĐT'],
  ['5.2a', '%', 'gte', 'gt 90', '99', [0, 100], 'Phòng GD&ĐT'],
  ['5.2b', '%', 'gte', '85', '90', [0, 100], 'Phòng GD&ĐT'],
  ['5.3', '%', 'gte', 'gt 30', '40', [0, 100], 'Phòng LĐ-TB&XH'],
  ['5.4a', '%', 'gte', '50', '50', [0, 100], 'Thống kê / Nội vụ'],
  ['5.4b', '%', 'gte', '30', '35', [0, 100], 'Thống kê / Nội vụ'],
  ['6.1', '%', 'gte', '60', '80', [0, 100], 'Phòng LĐ-TB&XH'],
  ['6.2', '%', 'eq100', '100', '100', [0, 100], 'Phòng LĐ-TB&XH, Tư pháp'],
  ['6.3', '%', 'eq100', '100', '100', [0, 100], 'Trung tâm VH-TT&TT'],
  ['6.4', '%', 'eq100', '100', '100', [0, 100], 'Trung tâm VH-TT&TT'],
];

function target(cell: string) {
  const [a, b] = cell.split(' ');
  return b === undefined ? { value: Number(a) } : { value: Number(b), cmp: a };
}

describe('clqg-2021-2030', () => {
  it('parses and equals its definition', () => {
    // Loaded without a parse at run time: the parse must give the definition back unchanged.
    expect(IndicatorSetSchema.parse(clqg20212030Definition)).toStrictEqual(clqg20212030Definition);
    expect(CLQG_2021_2030).toEqual(clqg20212030Definition);
    expect(CLQG_2021_2030.id).toBe('clqg-2021-2030');
    expect(CLQG_2021_2030.period).toEqual({ from: 2021, to: 2030 });
    expect(CLQG_2021_2030.targetYears).toEqual(['2025', '2030']);
  });

  it('has exactly the 22 indicators of spec/indicators.md, in order', () => {
    expect(CLQG_2021_2030.indicators.map((i) => i.id)).toEqual(TABLE.map((r) => r[0]));
  });

  it.each(TABLE)(
    '%s: unit %s, %s, 2025 %s, 2030 %s, plausible %j, lead %s',
    (id, unit, dir, t25, t30, [min, max], lead) => {
      const i = CLQG_2021_2030.indicators.find((x) => x.id === id)!;
      expect(i.unit).toBe(unit);
      expect(i.direction).toBe(dir);
      expect(i.national).toEqual({ '2025': target(t25), '2030': target(t30) });
      expect(i.plausible).toEqual({ min, max });
      expect(i.lead).toBe(lead);
      expect(i.goal).toBe(Number(id.split('.')[0]));
    },
  );

  it('kinds and bases', () => {
    const byId = new Map(CLQG_2021_2030.indicators.map((i) => [i.id, i]));
    expect(byId.get('3.1')).toMatchObject({ kind: 'ratio', denominatorBase: 1 });
    expect(byId.get('4.1')).toMatchObject({ kind: 'ratio', denominatorBase: 100 });
    expect(byId.get('4.2')).toMatchObject({ kind: 'rate', denominatorBase: 100000 });
    expect(byId.get('4.3')).toMatchObject({ kind: 'rate', denominatorBase: 1000 });
    const percents = CLQG_2021_2030.indicators.filter((i) => i.unit === '%');
    expect(percents).toHaveLength(18);
    expect(percents.every((i) => i.kind === 'percent' && i.denominatorBase === 100)).toBe(true);
    expect(byId.get('4.4')?.localBool).toBe(true);
    expect(CLQG_2021_2030.indicators.filter((i) => i.localBool).map((i) => i.id)).toEqual(['4.4']);
  });

  it('6.3 carries the "ít nhất 04 tin, bài/quý" sub-measure', () => {
    const i63 = CLQG_2021_2030.indicators.find((x) => x.id === '6.3')!;
    expect(i63.subMeasure).toEqual({
      label: 'Số tin, bài về bình đẳng giới mỗi quý trên hệ thống thông tin cơ sở',
      unit: 'tin, bài/quý',
      national: 4,
    });
  });

  it('names as printed', () => {
    const name = (id: string) => CLQG_2021_2030.indicators.find((x) => x.id === id)!.name;
    expect(name('1.1')).toBe(
      'Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ',
    );
    expect(name('2.3')).toBe('Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã');
    expect(name('4.1')).toBe('Tỷ số giới tính khi sinh');
    expect(name('5.4a')).toBe('Tỷ lệ nữ thạc sĩ trong tổng số người có trình độ thạc sĩ');
    expect(name('6.4')).toBe(
      'Tỷ lệ đài phát thanh, truyền hình có chuyên mục, chuyên đề nâng cao nhận thức về bình đẳng giới hằng tháng',
    );
  });

  it('goal titles as printed in seed 000, with goal 5’s typo fixed', () => {
    expect(CLQG_2021_2030.goals).toEqual([
      { id: 1, title: 'MỤC TIÊU 1: TRONG LĨNH VỰC CHÍNH TRỊ' },
      { id: 2, title: 'MỤC TIÊU 2: TRONG LĨNH VỰC KINH TẾ, LAO ĐỘNG' },
      { id: 3, title: 'MỤC TIÊU 3: TRONG ĐỜI SỐNG GIA ĐÌNH VÀ PHÒNG NGỪA, ỨNG PHÓ VỚI BẠO LỰC TRÊN CƠ SỞ GIỚI' },
      { id: 4, title: 'MỤC TIÊU 4: TRONG LĨNH VỰC Y TẾ' },
      { id: 5, title: 'MỤC TIÊU 5: TRONG LĨNH VỰC GIÁO DỤC VÀ ĐÀO TẠO' },
      { id: 6, title: 'MỤC TIÊU 6: TRONG LĨNH VỰC THÔNG TIN, TRUYỀN THÔNG' },
    ]);
  });

  it('all text is NFC-normalised', () => {
    const texts = [
      CLQG_2021_2030.title,
      ...CLQG_2021_2030.goals.map((g) => g.title),
      ...CLQG_2021_2030.indicators.flatMap((i) => [i.name, i.unit, i.lead, i.note ?? '', i.subMeasure?.label ?? '']),
    ];
    for (const t of texts) expect(t).toBe(t.normalize('NFC'));
  });

  it('is frozen, so callers cannot change the shared definition', () => {
    expect(Object.isFrozen(CLQG_2021_2030)).toBe(true);
    expect(Object.isFrozen(CLQG_2021_2030.indicators[0].national['2025'])).toBe(true);
  });
});
