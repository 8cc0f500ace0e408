/** `phuluc templates`: the catalog with every table, input column and row key (for --data). */
import type { ReportSettings } from '../domain/settings';
import { TEMPLATES } from '../domain/templates/catalog';
import type { Column, Row, Table } from '../domain/templates/schema';
import { buildLayout } from '../domain/templates/template';
import { KIND_LABEL, M, ROW_KIND_LABEL } from '../domain/messages/cli';

export interface CatalogColumn {
  key: string;
  /** Header path joined with " – " */
  header: string;
  kind: string;
  required: boolean;
  allowNA: boolean;
}

export interface CatalogRow {
  key: string;
  kind: 'data' | 'fixed' | 'group' | 'total';
  label: string;
  indicatorId?: string;
}

export interface CatalogTable {
  key: string;
  caption?: string;
  unitNote?: string;
  /** Officers may add data rows ("1", "2", … beyond the defaults). */
  repeatRows: boolean;
  /** Where the officer types. */
  columns: CatalogColumn[];
  /** Formula columns (a value given in --data types over the formula). */
  computedColumns: CatalogColumn[];
  rows: CatalogRow[];
}

export interface CatalogTemplate {
  id: string;
  title: string;
  sheetName: string;
  description: string;
  source: string;
  tables: CatalogTable[];
}

function column(c: Column): CatalogColumn {
  return { key: c.key, header: c.header.join(' – '), kind: c.kind, required: c.required, allowNA: c.allowNA };
}

function rowLabel(t: Table, r: Row): string {
  const label = r.cells[t.labelColumn];
  const match = r.cells[t.matchColumn];
  return String(label ?? match ?? '');
}

export function catalogJson(settings: ReportSettings): CatalogTemplate[] {
  return TEMPLATES.map((def) => {
    const layout = buildLayout(def, settings);
    return {
      id: def.id,
      title: def.title,
      sheetName: def.sheetName,
      description: def.description,
      source: def.source,
      tables: layout.tables.map((t) => ({
        key: t.key,
        ...(t.caption ? { caption: t.caption } : {}),
        ...(t.unitNote ? { unitNote: t.unitNote } : {}),
        repeatRows: t.repeatRows,
        columns: t.columns.filter((c) => c.input).map(column),
        computedColumns: t.columns.filter((c) => !c.input && (c.ratio || c.status || c.summable)).map(column),
        rows: t.rows.map((r) => ({
          key: r.key,
          kind: r.kind,
          label: rowLabel(t, r),
          ...(r.indicatorId ? { indicatorId: r.indicatorId } : {}),
        })),
      })),
    };
  });
}

export function formatCatalog(settings: ReportSettings): string {
  const lines: string[] = [M.templatesHeading(TEMPLATES.length), ''];
  for (const t of catalogJson(settings)) {
    lines.push(`${t.id} — ${t.title} — trang tính "${t.sheetName}"`);
    lines.push(`  ${t.description}`);
    for (const table of t.tables) {
      lines.push(M.tableLine(table.key, table.caption ?? ''));
      lines.push(`    ${M.inputColumns}:`);
      for (const c of table.columns) {
        const flags = [KIND_LABEL[c.kind] ?? c.kind, c.required ? M.required : '', c.allowNA ? M.naAllowed : '']
          .filter(Boolean)
          .join(', ');
        lines.push(`      ${c.key.padEnd(20)} ${c.header} (${flags})`);
      }
      if (table.computedColumns.length) {
        lines.push(`    ${M.computedColumns}: ${table.computedColumns.map((c) => c.key).join(', ')}`);
      }
      lines.push(`    ${M.rowsLine}${table.repeatRows ? ` (${M.repeatRows})` : ''}:`);
      for (const r of table.rows) {
        const prefix = t.tables.length > 1 ? `${table.key}.` : '';
        const key = r.kind === 'group' ? `(${r.key})` : `${prefix}${r.key}`;
        lines.push(`      ${key.padEnd(20)} [${ROW_KIND_LABEL[r.kind]}] ${r.label}`);
      }
    }
    lines.push('');
  }
  return lines.join('\n') + '\n';
}
