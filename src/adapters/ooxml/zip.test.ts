import { strToU8, zipSync } from 'fflate';
import { fflateInflate, openZip, ZipError } from './zip';

describe('openZip', () => {
  const bytes = zipSync(
    { 'xl/workbook.xml': strToU8('<workbook/>'), 'a.txt': strToU8('x'.repeat(10000)) },
    { level: 6 },
  );

  it('lists parts and reads them, names compared like Office does', () => {
    const zip = openZip(bytes);
    expect(zip.entries.map((e) => e.name)).toEqual(['xl/workbook.xml', 'a.txt']);
    expect(zip.text(zip.get('/XL\\Workbook.xml')!, 1000)).toBe('<workbook/>');
  });

  it('refuses a part whose declared size passes the limit, before inflating', () => {
    const zip = openZip(bytes);
    expect(() => zip.read(zip.get('a.txt')!, 9999)).toThrow(expect.objectContaining({ kind: 'too-large' }));
  });

  it('stops inflating a part at its declared size when the data says more', () => {
    const zip = openZip(bytes);
    const e = { ...zip.get('a.txt')!, size: 100 };
    expect(() => zip.read(e, 1e6)).toThrow(ZipError);
    expect(() => fflateInflate(new Uint8Array(0), 10)).not.toThrow();
  });

  it('no directory: corrupt', () => {
    expect(() => openZip(bytes.subarray(0, bytes.length - 10))).toThrow(expect.objectContaining({ kind: 'corrupt' }));
    expect(() => openZip(strToU8('PK not a zip'))).toThrow(ZipError);
  });
});
