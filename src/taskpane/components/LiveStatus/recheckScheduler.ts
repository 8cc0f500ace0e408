/**
 * When to re-check after the officer's edits: a short wait gathers a burst of edits (a paste, a
 * fill, quick Enter-Enter typing) into one run; runs never overlap; edits that arrive during a
 * run start one more run as soon as it ends; a validation the officer started covers every edit
 * made before it. Pure timing logic, no React, no Office.
 */
import type { EditedRange } from '../../../domain/sheet/workbook';

/** How long edits are gathered before a re-check starts (ms). */
export const RECHECK_DELAY_MS = 25;

export interface RecheckSchedulerOptions {
  /** Runs one re-check for the edits gathered. */
  run(changes: EditedRange[]): Promise<void>;
  /** True while something else reads the workbook (the officer's own Kiểm tra). */
  busy(): boolean;
  delayMs?: number;
}

export class RecheckScheduler {
  private pending: EditedRange[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private disposed = false;

  constructor(private readonly opts: RecheckSchedulerOptions) {}

  /** The officer edited `changes`. */
  edited(changes: readonly EditedRange[]): void {
    if (this.disposed || changes.length === 0) return;
    this.pending.push(...changes);
    if (this.timer === undefined && !this.running) {
      this.timer = setTimeout(() => void this.fire(), this.opts.delayMs ?? RECHECK_DELAY_MS);
    }
  }

  /** The officer's own validation starts now: it reads every edit made so far. */
  covered(): void {
    this.pending = [];
    this.clearTimer();
  }

  /** The officer's own validation ended: edits made during it are checked now. */
  idle(): void {
    if (!this.disposed && this.pending.length > 0 && this.timer === undefined && !this.running) void this.fire();
  }

  /** Edits waiting for a re-check. */
  waiting(): number {
    return this.pending.length;
  }

  dispose(): void {
    this.disposed = true;
    this.pending = [];
    this.clearTimer();
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    if (this.disposed || this.running || this.pending.length === 0) return;
    // The officer's own run reads the workbook; idle() brings us back when it ends.
    if (this.opts.busy()) return;
    const changes = this.pending;
    this.pending = [];
    this.running = true;
    try {
      await this.opts.run(changes);
    } finally {
      this.running = false;
      // Edits made while this run read the workbook may be missing from it: one more run.
      if (!this.disposed && this.pending.length > 0) void this.fire();
    }
  }
}
