/**
 * The in-memory workbook drawn like a spreadsheet window: name box and formula bar, the grid
 * (column letters, row numbers, merged cells, fills, the selected cell outlined and scrolled
 * into view), the sheet tabs and a status line. Redraws whenever the port changes.
 */
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { a1, columnLetter, parseA1, parseRangeA1 } from '../domain/sheet/address';
import type { RawCell, SheetSnapshot } from '../domain/sheet/workbook';
import type { CellLook, PlaygroundPort } from './port';
import { P } from '../domain/messages/playground';
import { asExcelWouldStore, defaultAlign, displayText, editText } from './typing';

const MIN_ROWS = 30;
const MIN_COLS = 12;
const MAX_ROWS_SHOWN = 600;
const MAX_COLS_SHOWN = 120;
const DEFAULT_WIDTH = 8.43;
const ROW_HEADER = 44;

/** Excel column width (characters) → pixels. */
const px = (chars: number) => Math.round(chars * 7 + 5);

interface Geometry {
  rows: number;
  cols: number;
  totalRows: number;
  /** "r,c" of cells hidden under a merge → the merge's top-left "r,c" */
  covered: Map<string, string>;
  /** "r,c" of a merge's top-left → its span */
  spans: Map<string, { rows: number; cols: number }>;
}

function geometry(sheet: SheetSnapshot, looks: Map<string, CellLook> | undefined, widths: number[]): Geometry {
  let maxRow = sheet.cells.length;
  let maxCol = widths.length;
  for (const row of sheet.cells) if (row && row.length > maxCol) maxCol = row.length;
  const covered = new Map<string, string>();
  const spans = new Map<string, { rows: number; cols: number }>();
  for (const m of sheet.merges ?? []) {
    const r = parseRangeA1(m);
    if (!r || (r.r1 === r.r2 && r.c1 === r.c2)) continue;
    spans.set(`${r.r1},${r.c1}`, { rows: r.r2 - r.r1 + 1, cols: r.c2 - r.c1 + 1 });
    for (let y = r.r1; y <= r.r2; y++)
      for (let x = r.c1; x <= r.c2; x++) if (y !== r.r1 || x !== r.c1) covered.set(`${y},${x}`, `${r.r1},${r.c1}`);
    maxRow = Math.max(maxRow, r.r2 + 1);
    maxCol = Math.max(maxCol, r.c2 + 1);
  }
  for (const addr of looks?.keys() ?? []) {
    const at = parseA1(addr);
    if (!at) continue;
    maxRow = Math.max(maxRow, at.row + 1);
    maxCol = Math.max(maxCol, at.col + 1);
  }
  const totalRows = Math.max(maxRow + 5, MIN_ROWS);
  return {
    rows: Math.min(totalRows, MAX_ROWS_SHOWN),
    cols: Math.min(Math.max(maxCol + 2, MIN_COLS), MAX_COLS_SHOWN),
    totalRows,
    covered,
    spans,
  };
}

function masterOf(
  at: { row: number; col: number } | undefined,
  geo: Geometry | undefined,
): { row: number; col: number } | undefined {
  if (!at || !geo) return at;
  const m = geo.covered.get(`${at.row},${at.col}`);
  if (!m) return at;
  const [row, col] = m.split(',').map(Number) as [number, number];
  return { row, col };
}

function cellStyle(raw: RawCell | undefined, look: CellLook | undefined, fill: string | undefined): CSSProperties {
  const st: CSSProperties = { textAlign: look?.hAlign ?? defaultAlign(raw) };
  if (fill) st.background = fill;
  if (look?.bold) st.fontWeight = 700;
  if (look?.italic) st.fontStyle = 'italic';
  if (look?.size) st.fontSize = `${Math.round(look.size * 1.15)}px`;
  if (look?.vAlign) st.verticalAlign = look.vAlign === 'middle' ? 'middle' : look.vAlign;
  if (look?.fontColor) st.color = look.fontColor;
  if (raw?.t === 'e') st.color = '#C00000';
  return st;
}

export interface WorkbookProps {
  port: PlaygroundPort;
}

export function Workbook({ port }: WorkbookProps) {
  const version = useSyncExternalStore(port.subscribe, port.getVersion);
  const sheets = port.snapshot.sheets;
  const active =
    port.activeSheet && port.sheet(port.activeSheet)
      ? port.sheet(port.activeSheet)!
      : sheets.find((s) => (s.visibility ?? 'visible') === 'visible');
  const look = active ? port.looks.get(active.name) : undefined;
  const widths = look?.widths ?? [];
  // Recomputed on every change: the port mutates its snapshot in place.
  void version;
  const geo = active ? geometry(active, look?.cells, widths) : undefined;

  // The selection is a cell or a block ("C10:C21"); the block's top-left cell is the active one.
  const selBlock =
    port.selection && active && port.selection.sheet.toLowerCase() === active.name.toLowerCase()
      ? parseRangeA1(port.selection.cell)
      : undefined;
  const sel = selBlock ? { row: selBlock.r1, col: selBlock.c1 } : undefined;
  const isBlock = !!selBlock && (selBlock.r2 > selBlock.r1 || selBlock.c2 > selBlock.c1);
  // A cell under a merge stands for the merge's top-left cell, as in Excel.
  const selMaster = masterOf(sel, geo);
  const selAddr = selMaster ? a1(selMaster.row, selMaster.col) : '';
  const selRaw = active && selAddr ? port.getCell(active.name, selAddr) : undefined;
  const selLook = selAddr ? look?.cells.get(selAddr) : undefined;

  // ---- formula bar -------------------------------------------------------------------
  // An edit belongs to the cell it started on: selecting another cell ends it at once (no
  // effect that could land after the next keystroke), and the bar shows the cell otherwise.
  const selKey = `${active?.name ?? ''}!${selAddr}`;
  const [draft, setDraft] = useState('');
  const [editingFor, setEditingFor] = useState<string | null>(null);
  const editing = editingFor === selKey;
  const setEditing = useCallback((on: boolean) => setEditingFor(on ? selKey : null), [selKey]);
  const [nameDraft, setNameDraft] = useState('');
  const formulaRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  const current = editText(selRaw);
  useEffect(() => setNameDraft(selAddr), [selAddr]);

  const move = useCallback(
    (dr: number, dc: number) => {
      if (!active || !geo) return;
      const from = selMaster ?? { row: 0, col: 0 };
      let row = Math.max(0, from.row + dr);
      let col = Math.max(0, from.col + dc);
      // Step over the rest of a merged cell.
      const span = geo.spans.get(`${from.row},${from.col}`);
      if (span && dr > 0) row = from.row + span.rows;
      if (span && dc > 0) col = from.col + span.cols;
      port.selectCell(active.name, a1(row, col));
    },
    [active, geo, port, selMaster],
  );

  const commit = useCallback(
    (then: 'down' | 'right' | 'stay') => {
      if (!active || !selAddr) return;
      if (editing) {
        const nf = selRaw?.nf ?? selLook?.nf;
        port.setCell(active.name, selAddr, asExcelWouldStore(draft, nf));
        setEditing(false);
      }
      if (then === 'down') move(1, 0);
      else if (then === 'right') move(0, 1);
      gridRef.current?.focus({ preventScroll: true });
    },
    [active, selAddr, editing, setEditing, selRaw, selLook, draft, port, move],
  );

  const onFormulaKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit(e.shiftKey ? 'stay' : 'down');
    } else if (e.key === 'Tab') {
      e.preventDefault();
      commit('right');
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(false);
      gridRef.current?.focus({ preventScroll: true });
    }
  };

  const onNameKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || !active) return;
    e.preventDefault();
    const at = parseA1(nameDraft);
    if (at) {
      port.selectCell(active.name, a1(at.row, at.col));
      formulaRef.current?.focus();
    } else setNameDraft(selAddr);
  };

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!active) return;
    const arrows: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const step = arrows[e.key];
    if (step) {
      e.preventDefault();
      move(step[0], step[1]);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      move(e.shiftKey ? -1 : 1, 0);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      move(0, e.shiftKey ? -1 : 1);
    } else if (e.key === 'F2') {
      e.preventDefault();
      setDraft(current);
      setEditing(true);
      formulaRef.current?.focus();
    } else if ((e.key === 'Delete' || e.key === 'Backspace') && selAddr) {
      e.preventDefault();
      port.setCell(active.name, selAddr, undefined);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey && selAddr) {
      // Typing on a selected cell starts replacing its content, as in Excel.
      e.preventDefault();
      setDraft(e.key);
      setEditing(true);
      formulaRef.current?.focus();
    }
  };

  // ---- keep the selected cell in view ----------------------------------------------
  const seq = port.selectionSeq;
  // Each sheet opens at its top-left corner (the previous sheet's scroll position means nothing here).
  useLayoutEffect(() => {
    gridRef.current?.scrollTo({ left: 0, top: 0 });
  }, [active?.name]);
  useLayoutEffect(() => {
    if (!selAddr) return;
    const el = gridRef.current?.querySelector<HTMLElement>(`td[data-cell="${selAddr}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [seq, selAddr, active?.name]);
  useLayoutEffect(() => {
    document
      .querySelector<HTMLElement>('.pg-tab[aria-selected="true"]')
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active?.name]);

  // ---- render ------------------------------------------------------------------------
  const visibleSheets = sheets.filter((s) => (s.visibility ?? 'visible') === 'visible' || s === active);
  const fills = port.fills;
  const prefix = active ? `${active.name}!` : '';

  let body: JSX.Element[] = [];
  if (active && geo) {
    body = [];
    for (let r = 0; r < geo.rows; r++) {
      const tds: JSX.Element[] = [
        <th key="h" scope="row" className={selMaster?.row === r ? 'pg-rh pg-on' : 'pg-rh'}>
          {r + 1}
        </th>,
      ];
      for (let c = 0; c < geo.cols; c++) {
        const k = `${r},${c}`;
        if (geo.covered.has(k)) continue;
        const span = geo.spans.get(k);
        const addr = a1(r, c);
        const raw = active.cells[r]?.[c];
        const lk = look?.cells.get(addr);
        const classes = ['pg-c'];
        if (lk?.border) classes.push('pg-b');
        if (lk?.wrap) classes.push('pg-w');
        if (selMaster && selMaster.row === r && selMaster.col === c) classes.push('pg-sel');
        else if (isBlock && r >= selBlock.r1 && r <= selBlock.r2 && c >= selBlock.c1 && c <= selBlock.c2)
          classes.push('pg-inblock');
        tds.push(
          <td
            key={c}
            data-cell={addr}
            className={classes.join(' ')}
            style={cellStyle(raw, lk, fills.get(prefix + addr))}
            rowSpan={span && span.rows > 1 ? span.rows : undefined}
            colSpan={span && span.cols > 1 ? span.cols : undefined}
            onMouseDown={() => port.selectCell(active.name, addr)}
            onDoubleClick={() => {
              setEditing(true);
              formulaRef.current?.focus();
            }}
          >
            {displayText(raw)}
          </td>,
        );
      }
      body.push(<tr key={r}>{tds}</tr>);
    }
  }

  // A fixed table width makes the columns keep their Excel widths (long text is clipped, not stretched).
  let tableWidth = ROW_HEADER;
  for (let c = 0; c < (geo?.cols ?? 0); c++) tableWidth += px(widths[c] ?? DEFAULT_WIDTH);

  const note = selAddr
    ? [selLook?.prompt ? `${P.promptLabel}: ${selLook.prompt}` : '', selLook?.locked ? P.lockedNote : '']
        .filter(Boolean)
        .join(' ')
    : '';

  return (
    <div className="pg-book">
      <div className="pg-fbar">
        <input
          className="pg-namebox"
          aria-label={P.nameBox}
          value={nameDraft}
          disabled={!active}
          onChange={(e) => setNameDraft(e.target.value)}
          onKeyDown={onNameKey}
          onFocus={(e) => e.target.select()}
        />
        <span className="pg-fx" aria-hidden="true">
          fx
        </span>
        <input
          ref={formulaRef}
          id="pg-formula"
          className="pg-formula"
          aria-label={P.formulaBar}
          title={P.formulaHint}
          value={editing ? draft : current}
          disabled={!selAddr}
          onChange={(e) => {
            setDraft(e.target.value);
            setEditing(true);
          }}
          onKeyDown={onFormulaKey}
        />
      </div>

      <div
        className="pg-grid"
        ref={gridRef}
        tabIndex={0}
        onKeyDown={onGridKey}
        role="region"
        aria-label={active ? P.gridLabel(active.name) : P.emptyBook}
      >
        {active && geo ? (
          <table className="pg-table" data-sheet={active.name} style={{ width: tableWidth }}>
            <colgroup>
              <col style={{ width: ROW_HEADER }} />
              {Array.from({ length: geo.cols }, (_, c) => (
                <col key={c} style={{ width: px(widths[c] ?? DEFAULT_WIDTH) }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th className="pg-corner" />
                {Array.from({ length: geo.cols }, (_, c) => (
                  <th key={c} scope="col" className={selMaster?.col === c ? 'pg-ch pg-on' : 'pg-ch'}>
                    {columnLetter(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{body}</tbody>
          </table>
        ) : (
          <p className="pg-empty">{P.emptyBook}</p>
        )}
        {geo && geo.totalRows > geo.rows ? <p className="pg-empty">{P.rowsClipped(geo.rows, geo.totalRows)}</p> : null}
      </div>

      <div className="pg-tabs" role="tablist" aria-label={P.sheetTabs}>
        {visibleSheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            className="pg-tab"
            aria-selected={s === active}
            onClick={() => port.activate(s.name)}
          >
            {s.name}
            {(s.visibility ?? 'visible') !== 'visible' ? P.hiddenSheet : ''}
          </button>
        ))}
      </div>
      <div className="pg-status" aria-live="polite">
        {note}
      </div>
    </div>
  );
}
