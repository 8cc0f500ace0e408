/**
 * Which sheets are annexes, and of which template id, exactly as the engine's recognise()
 * (engine/recognize.ts) decides — by identity marker first, then by title — from the catalog's
 * light entries (templates/info) alone: the Office adapter recognises annexes between its syncs
 * without loading the template definitions (and zod) into the task pane's first paint.
 * test/domain/recognize-sheets.test.ts holds the two to the same answers.
 */
import { cellText } from '../engine/bind';
import { SETTINGS_SHEET, type SheetSnapshot, type WorkbookSnapshot } from '../sheet/workbook';
import { textKey } from '../text/normalize';
import { TEMPLATE_INFO } from './info';

export interface RecognisedSheet {
  templateId: string;
  sheet: SheetSnapshot;
  by: 'marker' | 'title';
}

const TITLES = new Map(TEMPLATE_INFO.map((t) => [textKey(t.title), t.id]));
const IDS = new Set(TEMPLATE_INFO.map((t) => t.id));

function byTitle(sheet: SheetSnapshot): string | undefined {
  for (let r = 0; r < Math.min(4, sheet.cells.length); r++) {
    const id = TITLES.get(textKey(cellText(sheet.cells[r]?.[0])));
    if (id) return id;
  }
  return undefined;
}

export function recogniseSheets(snapshot: Pick<WorkbookSnapshot, 'sheets' | 'markers'>): RecognisedSheet[] {
  const out: RecognisedSheet[] = [];
  const bySheet = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const claimed = new Set<string>();
  for (const m of snapshot.markers) {
    const sheet = bySheet.get(m.sheetName.toLowerCase());
    const templateId = m.templateId.trim().toUpperCase();
    if (!sheet || !IDS.has(templateId) || claimed.has(sheet.name)) continue;
    claimed.add(sheet.name);
    out.push({ templateId, sheet, by: 'marker' });
  }
  for (const sheet of snapshot.sheets) {
    if (claimed.has(sheet.name) || sheet.name === SETTINGS_SHEET) continue;
    const templateId = byTitle(sheet);
    if (templateId) out.push({ templateId, sheet, by: 'title' });
  }
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return out.sort((a, b) => order.get(a.sheet.name)! - order.get(b.sheet.name)!);
}
