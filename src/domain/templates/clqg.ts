/** CLQG — Đánh giá thực hiện các mục tiêu, chỉ tiêu Chiến lược quốc gia về BĐG (seed 000, last table). */
import { getIndicatorSet } from '../indicators/load';
import { nationalTargetFor } from '../indicators/targets';
import type { RowInput } from './schema';
import { templateInfo } from './info';
import { attachLine, col, SIGNATURE, type TemplateDef } from './template';

export const clqg: TemplateDef = {
  ...templateInfo('CLQG'),
  build(settings) {
    const set = getIndicatorSet(settings.indicatorSet) ?? getIndicatorSet()!;
    const [y1, y2] = set.targetYears as [string, string];
    const rows: RowInput[] = [];
    for (const goal of set.goals) {
      rows.push({ key: `g_${goal.id}`, kind: 'group' as const, cells: { ma: '', chi_tieu: goal.title } });
      for (const ind of set.indicators.filter((i) => i.goal === goal.id)) {
        const cur = nationalTargetFor(ind, settings.reportYear);
        const isBool = ind.kind === 'bool' || ind.localBool === true;
        const cells: Record<string, string | number> = {
          ma: ind.id,
          chi_tieu: ind.name,
          dvt: ind.unit,
          chu_tri: ind.lead,
        };
        const t1 = ind.national[y1];
        const t2 = ind.national[y2];
        if (t1) cells.qg_1 = t1.value;
        if (t2) cells.qg_2 = t2.value;
        const local = settings.localTargets.find((t) => t.indicatorId === ind.id);
        if (local) cells.dia_phuong = local.value;
        rows.push({
          key: ind.id,
          kind: 'fixed' as const,
          indicatorId: ind.id,
          cells,
          ratioBase: ind.denominatorBase ?? 100,
          direction: isBool
            ? ('bool' as const)
            : cur?.target.cmp === 'eq'
              ? ('eq100' as const)
              : (cur?.target.cmp ?? ind.direction),
          localDirection: isBool ? ('bool' as const) : ind.direction,
          unitText: ind.unit,
          ...(cur ? { nationalColumn: cur.year === y1 ? 'qg_1' : 'qg_2', nationalYear: cur.year } : {}),
          skip: isBool ? ['tu_so', 'mau_so'] : [],
          lists: isBool ? { ket_qua: ['Có', 'Không'] } : {},
        });
      }
    }
    return {
      templateId: 'CLQG',
      title: 'Phụ lục CLQG',
      heading: [
        'ĐÁNH GIÁ THỰC HIỆN CÁC MỤC TIÊU, CHỈ TIÊU',
        `CHIẾN LƯỢC QUỐC GIA VỀ BÌNH ĐẲNG GIỚI NĂM ${settings.reportYear}`,
      ],
      attachLine: attachLine(settings),
      tables: [
        {
          key: 'main',
          matchColumn: 'ma',
          labelColumn: 'chi_tieu',
          repeatRows: false,
          columns: [
            col({ key: 'ma', header: ['Mã'], kind: 'seq', width: 5 }),
            col({ key: 'chi_tieu', header: ['Chỉ tiêu'], kind: 'label', width: 34 }),
            col({ key: 'dvt', header: ['Đơn vị tính'], kind: 'label', width: 9 }),
            col({ key: 'qg_1', header: ['Chỉ tiêu quốc gia', `Năm ${y1}`], kind: 'label', width: 8 }),
            col({ key: 'qg_2', header: ['Chỉ tiêu quốc gia', `Năm ${y2}`], kind: 'label', width: 8 }),
            col({ key: 'dia_phuong', header: ['Chỉ tiêu của địa phương'], kind: 'decimal', width: 9, unitOfRow: true }),
            col({ key: 'chu_tri', header: ['Đơn vị chủ trì'], kind: 'text', width: 14 }),
            col({ key: 'tu_so', header: ['Tử số'], kind: 'decimal', width: 7 }),
            col({ key: 'mau_so', header: ['Mẫu số'], kind: 'decimal', width: 7 }),
            col({
              key: 'ket_qua',
              header: ['Kết quả'],
              kind: 'percent',
              width: 8,
              input: true,
              unitOfRow: true,
              ratio: { num: 'tu_so', den: 'mau_so', base: 100 },
            }),
            col({
              key: 'danh_gia',
              header: ['Đánh giá'],
              kind: 'status',
              width: 14,
              status: { value: 'ket_qua', targets: ['dia_phuong'], both: true },
            }),
            col({ key: 'ghi_chu', header: ['Ghi chú / giải trình'], kind: 'text', width: 20 }),
          ],
          rows,
        },
      ],
      signature: SIGNATURE,
    };
  },
};
