/**
 * Which sheets are annexes, and of which template: by identity marker first, then by title,
 * then by the sheet's own name — today's ("PL-I Nữ DTTS lãnh đạo") or an earlier version's
 * ASCII one ("PL-I Nữ DTTS lãnh đạo"), with or without Excel's " (2)" — for sheets whose marker
 * was lost (ExcelApi below 1.4 writes none) and whose title row was edited.
 */
import { TEMPLATES, getTemplate } from '../templates/catalog';
import type { TemplateDef } from '../templates/template';
import { SETTINGS_SHEET, type SheetSnapshot, type WorkbookSnapshot } from '../sheet/workbook';
import { textKey } from '../text/normalize';
import { AGGREGATE_SHEET_NAME } from '../messages/aggregate';
import { cellText } from './bind';

export interface Recognised {
  def: TemplateDef;
  sheet: SheetSnapshot;
  by: 'marker' | 'title' | 'name';
}

const TITLES = new Map(TEMPLATES.map((t) => [textKey(t.title), t]));

function byTitle(sheet: SheetSnapshot): TemplateDef | undefined {
  for (let r = 0; r < Math.min(4, sheet.cells.length); r++) {
    const t = TITLES.get(textKey(cellText(sheet.cells[r]?.[0])));
    if (t) return t;
  }
  return undefined;
}

const NAMES = new Map(
  TEMPLATES.flatMap((t) => [t.sheetName, ...t.legacySheetNames].map((n) => [n.normalize('NFC').toLowerCase(), t])),
);

/** A merged annex ("Tổng hợp PL-I Nữ DTTS lãnh đạo") is an annex of that template too. */
const AGGREGATED_PREFIX = new RegExp(`^${AGGREGATE_SHEET_NAME('')}`, 'i');

function byName(sheet: SheetSnapshot): TemplateDef | undefined {
  return NAMES.get(
    sheet.name
      .normalize('NFC')
      .replace(/ \(\d+\)$/, '')
      .replace(AGGREGATED_PREFIX, '')
      .trim()
      .toLowerCase(),
  );
}

export function recognise(snapshot: WorkbookSnapshot): Recognised[] {
  const out: Recognised[] = [];
  const bySheet = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const claimed = new Set<string>();
  for (const m of snapshot.markers) {
    const sheet = bySheet.get(m.sheetName.toLowerCase());
    const def = getTemplate(m.templateId);
    if (!sheet || !def || claimed.has(sheet.name)) continue;
    claimed.add(sheet.name);
    out.push({ def, sheet, by: 'marker' });
  }
  for (const sheet of snapshot.sheets) {
    if (claimed.has(sheet.name) || sheet.name === SETTINGS_SHEET) continue;
    const def = byTitle(sheet);
    if (def) out.push({ def, sheet, by: 'title' });
    else {
      const named = byName(sheet);
      if (named) out.push({ def: named, sheet, by: 'name' });
    }
  }
  const order = new Map(snapshot.sheets.map((s, i) => [s.name, i]));
  return out.sort((a, b) => order.get(a.sheet.name)! - order.get(b.sheet.name)!);
}
