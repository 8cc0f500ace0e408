import { TEMPLATE_INFO } from '../templates/info';
import { annexSheet } from '../../../test/support/fixtures';
import { recognise } from './recognize';

/** A sheet with its title row edited (no "Phụ lục …" in column A): only the name is left. */
function withoutTitle(templateId: string, name: string) {
  const sheet = annexSheet(templateId, {}, { reportYear: 2024 }, name);
  sheet.cells = sheet.cells.map((row, r) => (r < 4 ? row.map(() => undefined) : row));
  return sheet;
}

describe('recognise', () => {
  it.each(TEMPLATE_INFO.map((t) => [t.id, t.sheetName] as const))(
    '%s: the sheet name is Vietnamese ("%s"), ≤ 31 characters, nothing Excel forbids',
    (_id, name) => {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
      expect(name).toBe(name.normalize('NFC'));
      expect([...name].some((ch) => ch.charCodeAt(0) > 127)).toBe(true);
    },
  );

  it('knows the annex by marker first, then by title', () => {
    const sheet = annexSheet('PL-II', {}, { reportYear: 2024 }, 'Đổi tên');
    expect(
      recognise({ sheets: [sheet], markers: [{ name: 'PHULUC_PL_I', templateId: 'PL-I', sheetName: 'Đổi tên' }] }),
    ).toMatchObject([{ def: { id: 'PL-I' }, by: 'marker' }]);
    expect(recognise({ sheets: [sheet], markers: [] })).toMatchObject([{ def: { id: 'PL-II' }, by: 'title' }]);
  });

  it.each(TEMPLATE_INFO.flatMap((t) => [t.sheetName, ...t.legacySheetNames].map((n) => [t.id, n] as const)))(
    '%s without marker and title is still known by its name "%s" (today\'s or the earlier ASCII one)',
    (id, name) => {
      expect(recognise({ sheets: [withoutTitle(id, name)], markers: [] })).toMatchObject([{ def: { id }, by: 'name' }]);
      // Excel's copy "… (2)", another case, decomposed diacritics: the same name.
      const copy = `${name.normalize('NFD').toUpperCase()} (2)`;
      expect(recognise({ sheets: [withoutTitle(id, copy)], markers: [] })).toMatchObject([{ def: { id }, by: 'name' }]);
    },
  );

  it('a merged annex of phuluc aggregate ("Tổng hợp PL-I …") is known by its name too', () => {
    const sheet = withoutTitle('PL-I', 'Tổng hợp PL-I Nữ DTTS lãnh đạo');
    expect(recognise({ sheets: [sheet], markers: [] })).toMatchObject([{ def: { id: 'PL-I' }, by: 'name' }]);
  });

  it('a sheet with another name and no title is not an annex', () => {
    expect(recognise({ sheets: [withoutTitle('PL-I', 'Sheet1')], markers: [] })).toEqual([]);
  });
});
