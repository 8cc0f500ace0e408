/** Family 1 — Structure: the same annex template twice in one workbook (which copy is the real one?). */
import type { WorkbookRule } from './types';

export const structureDuplicateAnnex: WorkbookRule = {
  id: 'structure/duplicate-annex',
  family: 'structure',
  description: 'Một phụ lục (cùng mẫu) xuất hiện trên nhiều trang tính.',
  defaultSeverity: 'warning',
  messages: ['structure/duplicate-annex'],
  scope: 'workbook',
  check(annexes, ctx) {
    const byTemplate = new Map<string, string[]>();
    for (const a of annexes) {
      const list = byTemplate.get(a.templateId) ?? [];
      list.push(a.sheet.name);
      byTemplate.set(a.templateId, list);
    }
    for (const [templateId, sheets] of byTemplate) {
      if (sheets.length < 2) continue;
      const title = annexes.find((a) => a.templateId === templateId)!.def.title;
      // Sheet-level, placed on the second copy (workbook findings carry their sheet in data.sheet).
      ctx.report({
        messageId: 'structure/duplicate-annex',
        value: sheets.join(', '),
        data: {
          sheet: sheets[1]!,
          template: templateId,
          title,
          count: sheets.length,
          sheets: sheets.map((s) => `"${s}"`).join(', '),
        },
      });
    }
  },
};
