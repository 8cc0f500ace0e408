/** Why a workbook file cannot be used (the adapters detect it; the messages module words it). */
export type ReadFailure =
  'missing' | 'directory' | 'unreadable' | 'empty' | 'not-xlsx' | 'encrypted' | 'xls' | 'cfb' | 'corrupt' | 'too-large';

/** Why a workbook is 'too-large': which limit it passed, by how much (bytes). */
export interface TooLarge {
  /** file: the file itself; xml: the sheets and other XML once unzipped; total: everything unzipped, pictures included. */
  kind: 'file' | 'xml' | 'total';
  fileBytes: number;
  /** The size that passed the limit (fileBytes for 'file', the unzipped size otherwise). */
  bytes: number;
  limit: number;
}

/** Where a workbook is damaged beyond reading: a reference past Excel's grid. */
export interface Damage {
  sheet: string;
  /** 'row': a row number above 1,048,576; 'column': a column past XFD (16,384). */
  kind: 'row' | 'column';
  /** The row number, or the column number, found. */
  value: number;
}
