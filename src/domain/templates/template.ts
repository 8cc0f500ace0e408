/** What every annex template provides, and small builders shared by the template files. */
import type { ReportSettings } from '../settings';
import { parseLayout, type Column, type Layout, type LayoutInput, type RowRequest } from './schema';

export interface TemplateDef {
  /** Stable id: PL-I, PL-CB, PL-II, PL-III, KP, CLQG, KH, VB */
  id: string;
  /** "Phụ lục I" */
  title: string;
  /** Default sheet name (≤ 31 characters). */
  sheetName: string;
  /** Earlier versions' names of the sheet, recognised as this annex (templates/info.ts). */
  legacySheetNames: readonly string[];
  /** One line for the catalog. */
  description: string;
  /** Where it comes from in the seeds. */
  source: string;
  build(settings: ReportSettings, rows?: RowRequest): LayoutInput;
}

/** Builds and validates a template's layout; throws with the template id if the definition is wrong. */
export function buildLayout(def: TemplateDef, settings: ReportSettings, rows: RowRequest = {}): Layout {
  const parsed = parseLayout(def.build(settings, rows));
  if (!parsed.success) {
    const issue = parsed.issues[0]!;
    throw new Error(`Template ${def.id} is invalid at ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

type ColumnInput = Partial<Column> & Pick<Column, 'key' | 'header' | 'kind'>;
export const col = (
  c: ColumnInput & { width?: number; input?: boolean },
): ColumnInput & { width: number; input: boolean } => ({
  width: 12,
  input: !['seq', 'label', 'status'].includes(c.kind) && !c.ratio,
  ...c,
});

/** "(Kèm theo Báo cáo số 123/BC-UBND ngày 15/8/2024 của UBND thành phố Bắc Kạn)" */
export function attachLine(settings: ReportSettings, docType: 'BC' | 'KH' = 'BC'): string {
  const noun = docType === 'BC' ? 'Báo cáo' : 'Kế hoạch';
  const num = settings.reportNumber.includes('/')
    ? settings.reportNumber
    : `${settings.reportNumber || '……'}/${docType}-UBND`;
  let date = 'ngày …… tháng …… năm ……';
  if (settings.reportDate) {
    const [y, m, d] = settings.reportDate.split('-');
    date = `ngày ${d}/${m}/${y}`;
  }
  const issuer = settings.issuer || (settings.unitName ? `UBND ${settings.unitName}` : 'UBND ……');
  return `(Kèm theo ${noun} số ${num} ${date} của ${issuer})`;
}

export const SIGNATURE = { left: 'NGƯỜI LẬP BIỂU', right: 'TM. ỦY BAN NHÂN DÂN', note: '(Ký, ghi rõ họ tên)' };

export const LEVEL_LABEL = { tinh: 'Cấp tỉnh', huyen: 'Cấp huyện', xa: 'Cấp xã' } as const;

/** Data-row keys: the requested ones, else "1".."n" for the settings' units. */
export function dataRowKeys(requested: string[] | undefined, defaults: number): string[] {
  if (requested && requested.length) return requested;
  return Array.from({ length: Math.max(1, defaults) }, (_, i) => String(i + 1));
}

export type { Layout, LayoutInput };
