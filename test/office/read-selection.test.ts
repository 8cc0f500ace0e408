/**
 * "Dùng vùng đang chọn" through the Office adapter on the fake Excel: the selected block as a
 * sheet of its own (values, number formats, merged areas relative to the block), in two syncs;
 * a single selected cell gives the sheet's used range; a selection past SELECTION_MAX_CELLS is
 * refused with a Vietnamese sentence before its values are requested. Never writes.
 */
import { gridFromSelection } from '../../src/domain/import/workbook';
import { importTables } from '../../src/domain/import/import';
import { FULL, setup } from './helpers';

function seedOwnTable() {
  const { fake, port } = setup(FULL);
  const s = fake.addSheet('Bảng cũ');
  s.set('B2', 'Số TT').merge('B2:B3');
  s.set('C2', 'Địa phương').merge('C2:C3');
  s.set('D2', 'Tập huấn, bồi dưỡng kiến thức').merge('D2:E2');
  s.setRows('D3', [['Tổng số lớp', 'Số lượt người tham gia']]);
  s.setRows('B4', [[1, 'TP Cao Bằng', { value: 3, numberFormat: '#,##0' }, { value: 120, numberFormat: '#,##0' }]]);
  return { fake, port };
}

describe('OfficeWorkbookPort.readSelection', () => {
  it('the selected block, merges relative to it, in two syncs, read only', async () => {
    const { fake, port } = seedOwnTable();
    fake.selection = { sheet: 'Bảng cũ', address: 'B2:E4' };
    const before = fake.syncCount;
    const sel = await port.readSelection();
    expect(fake.syncCount - before).toBe(2);
    expect(sel).toMatchObject({ row0: 1, col0: 1, sheet: { name: 'Bảng cũ' } });
    expect(sel!.sheet.cells[0]![0]).toEqual({ t: 's', v: 'Số TT' });
    expect(sel!.sheet.cells[2]![2]).toEqual({ t: 'n', v: 3, nf: '#,##0' });
    expect([...(sel!.sheet.merges ?? [])].sort()).toEqual(['A1:A2', 'B1:B2', 'C1:D1']);
    // What the import makes of it: Phụ lục II, addressed on the sheet (C5 is the 3 classes).
    const result = importTables([gridFromSelection(sel!.sheet, sel!.row0, sel!.col0)]);
    expect(result.tables[0]!.templateId).toBe('PL-II');
    expect(result.data['PL-II']?.['1']).toMatchObject({
      dia_phuong: 'TP Cao Bằng',
      tap_huan_lop: 3,
      tap_huan_nguoi: 120,
    });
  });

  it('one cell selected: the used range of its sheet; too large: refused before the values are read', async () => {
    const { fake, port } = seedOwnTable();
    fake.selection = { sheet: 'Bảng cũ', address: 'C4' };
    const sel = await port.readSelection();
    expect(sel).toMatchObject({ row0: 1, col0: 1 });
    expect(sel!.sheet.cells).toHaveLength(3);
    fake.selection = { sheet: 'Bảng cũ', address: 'A1:Z1000' };
    await expect(port.readSelection()).rejects.toThrow(/26\.000 ô, quá lớn để đọc một lần/);
  });
});
