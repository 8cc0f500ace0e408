/**
 * An import result in the officer's words: each source table with what it was recognised as,
 * each column with what it became, each value not placed with why, each check that differed.
 * The CLI prints these lines; the task pane shows the same data as a preview.
 */
import { IMPORT, IMPORT_NOTE, IMPORT_REASON } from '../messages/import';
import { getTemplate } from '../templates/catalog';
import type { ColumnChoice } from './columns';
import { sourceAddress, type GridOrigin } from './grid';
import { templateTables, type TemplateTable } from './import';
import type { Target } from './targets';
import type { ImportNote, ImportResult, TableImport, Unplaced } from './types';

export function tableName(t: Pick<TableImport, 'origin' | 'ordinal' | 'id'>): string {
  if (t.origin.kind === 'word') return IMPORT.wordTable(t.origin.table);
  const part = /#(\d+)$/.exec(t.id);
  if (t.origin.kind === 'selection') return IMPORT.selection(t.origin.sheet);
  return IMPORT.sheetTable(t.origin.sheet, part ? Number(part[1]) : undefined);
}

/** "Bảng 3 (tệp Word), dòng 5, cột 2" or "Trang "Sheet1", ô C7". */
export function placeName(t: Pick<TableImport, 'origin' | 'ordinal' | 'id'>, r: number, c: number): string {
  const at = cellName(t.origin, r, c);
  return `${tableName(t)}, ${at}`;
}

export function cellName(origin: GridOrigin, r: number, c: number): string {
  if (origin.kind === 'word') return IMPORT.wordCell(r + 1, c + 1);
  return IMPORT.sheetCell(sourceAddress(origin, r, c));
}

/** The target's header path as the annex prints it: "Nữ DTTS tham gia HĐND các cấp – Cấp huyện – Số nữ DTTS". */
export function targetLabel(t: Target): string {
  if (t.kind === 'split') return t.path.join(' – ');
  return t.path.join(' – ');
}

export interface TargetOption {
  id: string;
  label: string;
  kind: Target['kind'];
}

/** What a column of this table can be set to, in the annex's order (the officer's list). */
export function targetOptions(tt: TemplateTable): TargetOption[] {
  return tt.targets
    .filter((t) => t.kind !== 'label' || t.column?.kind !== 'seq')
    .map((t) => ({
      id: t.id,
      kind: t.kind,
      label:
        t.kind === 'split'
          ? IMPORT.split(...(splitLabels(tt, t) as [string, string]))
          : t.kind === 'computed'
            ? IMPORT.checked(targetLabel(t))
            : t.kind === 'label'
              ? IMPORT.label(targetLabel(t))
              : targetLabel(t),
    }));
}

function splitLabels(tt: TemplateTable, t: Target): string[] {
  return t.keys.map((k) => tt.byId.get(k)?.path.join(' – ') ?? k);
}

export function templateTableOf(
  result: Pick<ImportResult, 'settings'>,
  t: Pick<TableImport, 'templateId' | 'tableKey'>,
): TemplateTable | undefined {
  if (!t.templateId) return undefined;
  return templateTables(result.settings, t.templateId).find((x) => x.table.key === t.tableKey);
}

export function columnText(tt: TemplateTable | undefined, c: ColumnChoice): string {
  const label = (id: string) => {
    const t = tt?.byId.get(id);
    if (!t) return id;
    return targetOptions(tt!).find((o) => o.id === id)?.label ?? targetLabel(t);
  };
  switch (c.status) {
    case 'mapped':
    case 'chosen':
      return label(c.target!);
    case 'ambiguous':
      return IMPORT.ambiguous(c.candidates.map((x) => label(x.id)).join('; '));
    case 'ignored':
      return IMPORT.ignored;
    default:
      return IMPORT.unmatched;
  }
}

/** The lines `phuluc import` prints for one source table. */
export function describeTable(result: ImportResult, t: TableImport): string[] {
  const out: string[] = [];
  const def = t.templateId ? getTemplate(t.templateId) : undefined;
  const tt = templateTableOf(result, t);
  const tableCaption = tt && tt.layout.tables.length > 1 ? (tt.table.caption ?? tt.table.key) : undefined;
  out.push(
    `${tableName(t)} (${t.rows} × ${t.cols}) ${def ? IMPORT.recognised(def.title, def.id, tableCaption) : IMPORT.notRecognised}`,
  );
  if (!tt) return out;
  for (const c of t.columns) {
    if (c.status === 'empty') continue;
    out.push(`  ${IMPORT.column(c.index + 1, c.header.join(' › '))} → ${columnText(tt, c)}`);
  }
  const count = (k: string) => t.rowChoices.filter((r) => r.role.kind === k).length;
  out.push(
    `  ${IMPORT.rowsLine(count('data') + count('fixed') + count('sub'), count('heading'), count('total'), count('unknown'), count('continuation'))}`,
  );
  return out;
}

function candidateLabels(result: ImportResult, t: TableImport, u: Unplaced): string {
  if (!u.candidates?.length) return '';
  if (u.reason === 'table-unrecognised' || u.reason === 'table-ambiguous')
    return u.candidates.map((id) => getTemplate(id)?.title ?? id).join(', ');
  if (u.reason === 'column-ambiguous') {
    const tt = templateTableOf(result, t);
    return u.candidates.map((id) => (tt?.byId.get(id) ? targetLabel(tt.byId.get(id)!) : id)).join('; ');
  }
  return u.candidates.join(', ');
}

export function unplacedLines(result: ImportResult): string[] {
  const out = [IMPORT.unplacedHeading(result.unplaced.length)];
  for (const u of result.unplaced) {
    const t = result.tables.find((x) => x.id === u.tableId)!;
    const why = IMPORT_REASON[u.reason]?.({ candidates: candidateLabels(result, t, u) }) ?? u.reason;
    out.push(IMPORT.unplacedLine(placeName(t, u.r, u.c), u.text, why, u.count));
  }
  return out;
}

export function noteText(result: ImportResult, note: ImportNote): { where: string; text: string } {
  const t = note.tableId ? result.tables.find((x) => x.id === note.tableId) : undefined;
  const data = { ...note.data };
  if (note.kind === 'table-continued' && typeof data.of === 'string') {
    const of = result.tables.find((x) => x.id === data.of);
    if (of) data.of = tableName(of);
  }
  const where = t ? (note.r !== undefined && note.c !== undefined ? placeName(t, note.r, note.c) : tableName(t)) : '';
  return { where, text: IMPORT_NOTE[note.kind]?.(data) ?? note.kind };
}

export function noteLines(result: ImportResult): string[] {
  const checks = result.notes.filter((x) => x.kind !== 'settings-inferred');
  const inferred = result.notes.filter((x) => x.kind === 'settings-inferred');
  const out: string[] = [];
  if (inferred.length) {
    out.push(IMPORT.settingsHeading);
    for (const x of inferred) out.push(IMPORT.noteLine('', noteText(result, x).text));
  }
  if (checks.length) {
    out.push(IMPORT.notesHeading);
    for (const x of checks) {
      const { where, text } = noteText(result, x);
      out.push(IMPORT.noteLine(where, text));
    }
  }
  return out;
}

/** Why nothing can be imported (exit 2), or undefined when something can. */
export function nothingImportable(result: ImportResult, file: string): string | undefined {
  if (Object.keys(result.data).length > 0) return undefined;
  const headed = result.tables.filter((t) => t.headerTop >= 0);
  if (result.tables.length === 0) return IMPORT.nothing.emptyFile(file);
  if (headed.length === 0) return IMPORT.nothing.noTables(file);
  if (!result.tables.some((t) => t.templateId)) return IMPORT.nothing.noneRecognised(file, headed.length);
  return IMPORT.nothing.noValues(file);
}
