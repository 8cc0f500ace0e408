import { validateSnapshot } from '../../domain/engine/validate';
import { defaultSettings } from '../../domain/settings';
import { renderAnnex } from '../../domain/templates/fill';
import { HIGHLIGHT_FILLS } from '../../domain/sheet/workbook';
import { MEMORY_HIGHLIGHT, MemoryWorkbookPort } from './memory-port';

const settings = defaultSettings({ reportYear: 2024, unitName: 'TP. Cao Bằng' });

describe('MemoryWorkbookPort', () => {
  it('inserts annexes with free names and markers, and the engine recognises them', async () => {
    const port = new MemoryWorkbookPort();
    const a = await port.insertSheet(renderAnnex('PL-II', settings).plan);
    const b = await port.insertSheet(renderAnnex('PL-II', settings).plan);
    expect([a.sheetName, b.sheetName]).toEqual(['PL-II Đề án 1898', 'PL-II Đề án 1898 (2)']);
    const snap = await port.read();
    expect(snap.markers.map((m) => m.name)).toEqual(['PHULUC_PL_II', 'PHULUC_PL_II_2']);
    expect(validateSnapshot(snap).annexes.map((x) => x.sheet)).toEqual([a.sheetName, b.sheetName]);
  });

  it('reads a copy: changing what read() returned does not change the workbook', async () => {
    const port = new MemoryWorkbookPort();
    await port.insertSheet(renderAnnex('PL-II', settings).plan);
    const snap = await port.read();
    snap.sheets[0]!.cells[0]![0] = { t: 's', v: 'sửa' };
    expect((await port.read()).sheets[0]!.cells[0]![0]).toEqual({ t: 's', v: 'Phụ lục II' });
  });

  it('setCell types into the sheet; validation sees it', async () => {
    const port = new MemoryWorkbookPort();
    const { sheetName } = await port.insertSheet(renderAnnex('PL-II', settings).plan);
    const gapsBefore = validateSnapshot(await port.read()).findings.filter(
      (f) => f.messageId === 'presence/required',
    ).length;
    port.setCell(sheetName, 'C9', { t: 'n', v: 3 });
    expect(port.getCell(sheetName, 'c9')).toEqual({ t: 'n', v: 3 });
    const gapsAfter = validateSnapshot(await port.read()).findings.filter(
      (f) => f.messageId === 'presence/required',
    ).length;
    expect(gapsAfter).toBe(gapsBefore - 1);
    port.setCell(sheetName, 'Z99', { t: 's', v: 'ghi chú' });
    expect((await port.read()).sheets[0]!.cells[98]![25]).toEqual({ t: 's', v: 'ghi chú' });
    expect(() => port.setCell('Không có', 'A1', undefined)).toThrow();
  });

  it('highlights and restores fills exactly, including no fill', async () => {
    const port = new MemoryWorkbookPort();
    const { sheetName } = await port.insertSheet(renderAnnex('PL-II', settings).plan);
    const headerFill = port.fills.get(`${sheetName}!A6`);
    expect(headerFill).toBe('#DDEBF7');
    expect(port.fills.has(`${sheetName}!J9`)).toBe(false);
    await port.highlight([
      { sheet: sheetName, cell: 'A6' },
      { sheet: sheetName, cell: 'j9' },
      { sheet: 'Không có', cell: 'A1' },
    ]);
    await port.highlight([{ sheet: sheetName, cell: 'A6' }]);
    expect(port.fills.get(`${sheetName}!A6`)).toBe(MEMORY_HIGHLIGHT);
    expect(port.highlighted()).toEqual([
      { sheet: sheetName, cell: 'A6' },
      { sheet: sheetName, cell: 'J9' },
    ]);
    await port.clearHighlights();
    expect(port.fills.get(`${sheetName}!A6`)).toBe('#DDEBF7');
    expect(port.fills.has(`${sheetName}!J9`)).toBe(false);
    expect(port.highlighted()).toEqual([]);
  });

  it('selects, stores settings, renames like Excel (the marker follows)', async () => {
    const port = new MemoryWorkbookPort();
    const { sheetName } = await port.insertSheet(renderAnnex('PL-I', settings).plan);
    await port.select({ sheet: sheetName, cell: 'D9' });
    expect(port.selection).toEqual({ sheet: sheetName, cell: 'D9' });
    await port.writeSettings({ reportYear: 2024 });
    port.renameSheet(sheetName, 'Nữ DTTS');
    const snap = await port.read();
    expect(snap.settings).toEqual({ reportYear: 2024 });
    expect(snap.markers[0]!.sheetName).toBe('Nữ DTTS');
    expect(validateSnapshot(snap).annexes[0]).toMatchObject({ templateId: 'PL-I', sheet: 'Nữ DTTS' });
  });

  it('watchChanges reports each edit (sheet and cell) and nothing the add-in does itself; stop ends it', async () => {
    const port = new MemoryWorkbookPort();
    const seen: string[] = [];
    const stop = await port.watchChanges((changes) => seen.push(...changes.map((c) => `${c.sheet}!${c.range}`)));
    const { sheetName } = await port.insertSheet(renderAnnex('PL-I', settings).plan);
    await port.highlight([{ sheet: sheetName, cell: 'C10' }]);
    await port.writeSettings({ reportYear: 2024 });
    await port.select({ sheet: sheetName, cell: 'C10' });
    expect(seen).toEqual([]);
    port.setCell(sheetName, 'c10', { t: 'n', v: 10 });
    port.setCell(sheetName, 'F10', undefined);
    expect(seen).toEqual([`${sheetName}!C10`, `${sheetName}!F10`]);
    // A failing subscriber does not stop the edit or the others.
    const other: number[] = [];
    const stopBad = await port.watchChanges(() => {
      throw new Error('boom');
    });
    const stopOther = await port.watchChanges((c) => other.push(c.length));
    port.setCell(sheetName, 'G10', { t: 'n', v: 29 });
    expect(port.getCell(sheetName, 'G10')).toEqual({ t: 'n', v: 29 });
    expect(other).toEqual([1]);
    await Promise.all([stop(), stopBad(), stopOther()]);
    expect(port.watcherCount()).toBe(0);
    port.setCell(sheetName, 'C10', { t: 'n', v: 11 });
    expect(seen).toHaveLength(3);
  });

  it('colours errors and warnings apart and restores the originals exactly, also after recolouring', async () => {
    const port = new MemoryWorkbookPort();
    const { sheetName } = await port.insertSheet(renderAnnex('PL-I', settings).plan);
    const before = new Map(port.fills);
    await port.highlight([
      { sheet: sheetName, cell: 'A6', kind: 'warning' },
      { sheet: sheetName, cell: 'C10', kind: 'error' },
    ]);
    expect(port.fills.get(`${sheetName}!A6`)).toBe(HIGHLIGHT_FILLS.warning);
    expect(port.fills.get(`${sheetName}!C10`)).toBe(HIGHLIGHT_FILLS.error);
    await port.highlight([{ sheet: sheetName, cell: 'A6', kind: 'error' }]);
    expect(port.fills.get(`${sheetName}!A6`)).toBe(HIGHLIGHT_FILLS.error);
    await port.clearHighlights();
    expect(port.fills).toEqual(before);
  });
});
