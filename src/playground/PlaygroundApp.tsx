/**
 * The playground's own window around the workbook: file buttons (open, download, samples, new),
 * a message line (never alert()), and the workbook grid. The task pane is mounted separately.
 */
import { useRef, useState, type ChangeEvent } from 'react';
import type { PlaygroundPort } from './port';
import { P } from '../domain/messages/playground';
import { Workbook } from './Workbook';

type Intent = 'info' | 'success' | 'error';
interface Message {
  intent: Intent;
  text: string;
}

export interface PlaygroundAppProps {
  port: PlaygroundPort;
  /** Called after the whole workbook was replaced (the task pane starts afresh, as for a new file). */
  onReplaced(): void;
  /** The page's heading and the line under it (default: the playground's). */
  heading?: { title: string; subtitle: string };
  /** What the message line says once a file is open (default: the playground's sentence). */
  openedText?: (fileName: string, sheets: number) => string;
  /** Loads the samples workbook; without it there is no "Nạp dữ liệu mẫu" button (the offline checker). */
  loadSamples?: (port: PlaygroundPort, fileName: string) => Promise<void>;
}

function detail(err: unknown): string {
  const m = err instanceof Error ? err.message : String(err);
  return m.trim() || 'lỗi không rõ nguyên nhân';
}

/** A blank workbook, like Excel's "Sheet1". */
export function blankWorkbook(port: PlaygroundPort): void {
  port.load({ snapshot: { sheets: [{ name: P.newSheetName, visibility: 'visible', cells: [] }], markers: [] } });
}

export function PlaygroundApp({ port, onReplaced, heading, openedText = P.opened, loadSamples }: PlaygroundAppProps) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  /** The bytes of the opened file: downloading starts from them so their formatting survives. */
  const source = useRef<ArrayBuffer | undefined>(undefined);

  const run = async (what: () => Promise<Message>, failed: string) => {
    setBusy(true);
    try {
      setMessage(await what());
    } catch (err) {
      setMessage({ intent: 'error', text: `${failed}: ${openReason(err)}` });
    } finally {
      setBusy(false);
    }
  };

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    void run(async () => {
      const bytes = await file.arrayBuffer();
      const { readXlsx } = await import(/* webpackChunkName: "playground-xlsx" */ './xlsx');
      const book = await readXlsx(bytes, file.name);
      port.load(book);
      source.current = bytes;
      onReplaced();
      const text = openedText(file.name, book.snapshot.sheets.length);
      return { intent: 'success', text: book.settingsError ? `${text} ${P.openedSettingsIgnored}` : text };
    }, P.openFailed);
  };

  const download = () =>
    void run(async () => {
      const { writeXlsx } = await import(/* webpackChunkName: "playground-xlsx" */ './xlsx');
      const bytes = await writeXlsx(port, source.current);
      const name = port.fileName || P.defaultFileName;
      const url = URL.createObjectURL(
        new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
      );
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      a.rel = 'noopener';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { intent: 'success', text: P.downloaded(name) };
    }, P.downloadFailed);

  const samples = (load: NonNullable<typeof loadSamples>) =>
    void run(async () => {
      await load(port, P.samplesFileName);
      source.current = undefined;
      onReplaced();
      return { intent: 'success', text: P.samplesLoaded };
    }, P.samplesFailed);

  const fresh = () => {
    blankWorkbook(port);
    source.current = undefined;
    onReplaced();
    setMessage({ intent: 'info', text: P.newDone });
  };

  return (
    <div className="pg-left">
      <header className="pg-header">
        <div className="pg-titles">
          <h1 className="pg-title">{heading?.title ?? P.title}</h1>
          <p className="pg-subtitle">{heading?.subtitle ?? P.subtitle}</p>
        </div>
        <div className="pg-toolbar" role="toolbar" aria-label={P.toolbarLabel}>
          <button type="button" className="pg-btn" disabled={busy} onClick={fresh}>
            {P.newBook}
          </button>
          <button type="button" className="pg-btn" disabled={busy} onClick={() => fileInput.current?.click()}>
            {P.open}
          </button>
          <input
            ref={fileInput}
            id="pg-file"
            type="file"
            hidden
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={onFile}
          />
          <button type="button" className="pg-btn" disabled={busy} onClick={download}>
            {P.download}
          </button>
          {loadSamples ? (
            <button type="button" className="pg-btn pg-primary" disabled={busy} onClick={() => samples(loadSamples)}>
              {P.samples}
            </button>
          ) : null}
          {busy ? <span className="pg-busy">{P.working}</span> : null}
        </div>
      </header>
      {message ? (
        <div className={`pg-msg pg-${message.intent}`} role={message.intent === 'error' ? 'alert' : 'status'}>
          <span>{message.text}</span>
          <button type="button" className="pg-x" aria-label="Đóng" onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      ) : null}
      <Workbook port={port} />
    </div>
  );
}

/** Why a file could not be opened, in Vietnamese. */
function openReason(err: unknown): string {
  const reason = (err as { reason?: unknown } | null)?.reason;
  switch (reason) {
    case 'empty':
      return P.emptyFile;
    case 'not-xlsx':
    case 'cfb':
      return P.notXlsx;
    case 'xls':
      return P.xls;
    case 'encrypted':
      return P.encrypted;
    case 'corrupt':
      return P.corrupt;
    case 'too-large':
      return P.tooLarge;
    default:
      return detail(err);
  }
}
