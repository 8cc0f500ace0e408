/** KH — Phân công thực hiện các mục tiêu, chỉ tiêu năm Y (seed 004, Phụ lục). */
import { getIndicatorSet } from '../indicators/load';
import type { RowInput } from './schema';
import { templateInfo } from './info';
import { attachLine, col, SIGNATURE, type TemplateDef } from './template';

export const kh: TemplateDef = {
  ...templateInfo('KH'),
  build(settings) {
    const set = getIndicatorSet(settings.indicatorSet) ?? getIndicatorSet()!;
    const y = settings.reportYear;
    const rows: RowInput[] = [];
    for (const goal of set.goals) {
      rows.push({ key: `g_${goal.id}`, kind: 'group' as const, cells: { tt: String(goal.id), muc_tieu: goal.title } });
      for (const ind of set.indicators.filter((i) => i.goal === goal.id)) {
        rows.push({
          key: ind.id,
          kind: 'fixed' as const,
          indicatorId: ind.id,
          allowSubRows: true,
          cells: { tt: ind.id, muc_tieu: ind.name, dvt: ind.unit, don_vi: ind.lead },
        });
      }
    }
    const periodEnd = set.targetYears.find((yr) => Number(yr) >= y) ?? set.targetYears[set.targetYears.length - 1]!;
    const periodStart = Number(periodEnd) - 4;
    const value = { kind: 'decimal' as const, allowUnitText: true, width: 13 };
    return {
      templateId: 'KH',
      title: 'Phụ lục KH',
      heading: [`PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU BÌNH ĐẲNG GIỚI NĂM ${y}`],
      attachLine: attachLine(settings, 'KH'),
      tables: [
        {
          key: 'main',
          matchColumn: 'tt',
          labelColumn: 'muc_tieu',
          repeatRows: false,
          columns: [
            col({ key: 'tt', header: ['TT'], kind: 'seq', width: 6 }),
            col({ key: 'muc_tieu', header: ['Mục tiêu/chỉ tiêu'], kind: 'label', width: 42 }),
            col({ key: 'dvt', header: ['Đơn vị tính'], kind: 'label', width: 11 }),
            col({ key: 'co_so', header: ['Giá trị cơ sở'], ...value }),
            col({
              key: 'ke_hoach',
              header: [`Kế hoạch giai đoạn (${periodStart}-${periodEnd})`],
              ...value,
              required: true,
            }),
            col({ key: 'nam_y', header: [`Mục tiêu, chỉ tiêu thực hiện năm ${y}`], ...value, required: true }),
            col({ key: 'don_vi', header: ['Đơn vị thực hiện'], kind: 'text', width: 22 }),
          ],
          rows,
        },
      ],
      signature: SIGNATURE,
    };
  },
};
