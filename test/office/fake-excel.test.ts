/** The fake must behave like Office where the port could get it wrong. */
import { FakeExcel } from '../doubles/fake-excel';

describe('FakeExcel', () => {
  it('throws PropertyNotLoaded when a property is read before sync', async () => {
    const fake = new FakeExcel();
    fake.addSheet('A').set('A1', 1);
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('A').getRange('A1').load('values');
      expect(() => r.values).toThrow(/PropertyNotLoaded/);
      const sheets = ctx.workbook.worksheets.load('items/name');
      expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(r.values).toEqual([[1]]);
      expect(sheets.items.map((s) => s.name)).toEqual(['A']);
      expect(() => r.formulas).toThrow(/PropertyNotLoaded/);
    });
    expect(fake.syncCount).toBe(1);
  });

  it('parses strings written through values like Excel, unless the cell is text', async () => {
    const fake = new FakeExcel();
    const s = fake.addSheet('A');
    s.set('B1', { numberFormat: '@' }).set('B2', { numberFormat: '@' }).set('B3', { numberFormat: '@' });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      ws.getRange('A1:A7').values = [['8/9'], ['=1+1'], ['-5'], ['1,250'], ["'8/9"], ['-'], ['(1)']];
      ws.getRange('B1:B3').values = [['8/9'], ['=1+1'], ['-5']];
      await ctx.sync();
    });
    expect(s.get('A1')).toMatchObject({ value: 45513, numberFormat: 'd-mmm' });
    expect(s.get('A2')).toMatchObject({ formula: '=1+1' });
    expect(s.get('A3')?.value).toBe(-5);
    expect(s.get('A4')).toMatchObject({ value: 1250, numberFormat: '#,##0' });
    expect(s.get('A5')).toMatchObject({ value: '8/9', quotePrefix: true });
    expect(s.get('A6')?.value).toBe('-');
    expect(s.get('B1')?.value).toBe('8/9');
    expect(s.get('B2')).toMatchObject({ value: '=1+1' });
    expect(s.get('B2')?.formula).toBeUndefined();
    expect(s.get('B3')?.value).toBe('-5');
  });

  it('reads No Fill as #FFFFFF, like white, except through getCellProperties', async () => {
    const fake = new FakeExcel();
    fake.addSheet('A').set('B1', { fill: '#FFFFFF' });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('A');
      const a = ws.getRange('A1');
      const b = ws.getRange('B1');
      a.format.fill.load('color');
      b.format.fill.load('color');
      const pa = a.getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
      const pb = b.getCellProperties({ format: { fill: { color: true, pattern: true, tintAndShade: true } } });
      await ctx.sync();
      expect(a.format.fill.color).toBe('#FFFFFF');
      expect(b.format.fill.color).toBe('#FFFFFF');
      expect(pa.value[0]![0]!.format!.fill).toEqual({ color: '#FFFFFF', pattern: 'None', tintAndShade: null });
      expect(pb.value[0]![0]!.format!.fill).toEqual({ color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 });
    });
  });

  it('fails a batch on a missing sheet, a null object, a protected cell, an oversized request', async () => {
    const fake = new FakeExcel({ maxRequestBytes: 10_000 });
    fake.addSheet('A');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Không có').getRange('A1').load('values');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    await fake.run(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem('A').getUsedRangeOrNullObject(true).load('values');
      await ctx.sync();
      expect(used.isNullObject).toBe(true);
      expect(() => used.values).toThrow(/null object/);
    });
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1:Z100').values = Array.from({ length: 100 }, () =>
          Array.from({ length: 26 }, () => 'xxxxxxxx'),
        );
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    await expect(
      fake.run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem('A');
        ws.protection.protect({ allowFormatCells: false });
        ws.getRange('A1').format.fill.color = '#FF0000';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('rejects a run that leaves operations unsynced', async () => {
    const fake = new FakeExcel();
    fake.addSheet('A');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('A').getRange('A1').values = [[1]];
      }),
    ).rejects.toThrow(/never synced/);
  });

  it('refuses defined names that look like cell references and duplicates', async () => {
    const fake = new FakeExcel();
    fake.addSheet('A');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.names.add('PL1', ctx.workbook.worksheets.getItem('A').getRange('A1'));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    fake.addName('PHULUC_VB', 'A', 'A1');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.names.add('phuluc_vb', ctx.workbook.worksheets.getItem('A').getRange('A1'));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });
});
