/**
 * The progress bar of a batch run on stderr (a terminal only):
 * `[#####.....] 1234/20000 files  56.7 files/s  3.2 MB/s  ETA 4m12s  2 failed`,
 * redrawn in place at most ten times a second and erased before the summary.
 */

/** What the bar shows. */
export interface ProgressState {
  done: number;
  total: number;
  bytes: number;
  failed: number;
  /** Seconds since the start. */
  elapsed: number;
}

/** A duration as `4m12s`, `1h03m`, `9s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}m`;
}

/** The bar as one line no wider than `columns - 1`. */
export function renderBar(st: ProgressState, columns: number): string {
  const rate = st.elapsed > 0 ? st.done / st.elapsed : 0;
  const mbps = st.elapsed > 0 ? st.bytes / 1e6 / st.elapsed : 0;
  const eta = rate > 0 ? formatDuration((st.total - st.done) / rate) : "?";
  const tail =
    ` ${st.done}/${st.total} files  ${rate.toFixed(1)} files/s  ${mbps.toFixed(1)} MB/s  ETA ${eta}` +
    (st.failed ? `  ${st.failed} failed` : "");
  const width = Math.max(0, Math.min(20, columns - 1 - tail.length - 2));
  const filled = st.total > 0 ? Math.round((width * st.done) / st.total) : width;
  const bar = width > 0 ? `[${"#".repeat(filled)}${".".repeat(width - filled)}]` : "";
  const line = bar + tail;
  return line.length > columns - 1 ? line.slice(0, Math.max(0, columns - 1)) : line;
}

/** The live bar; does nothing when disabled. */
export class Progress {
  private readonly started = performance.now();
  private state: ProgressState;
  private timer: NodeJS.Timeout | null = null;
  private dirty = false;
  private shown = false;

  constructor(
    total: number,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.state = { done: 0, total, bytes: 0, failed: 0, elapsed: 0 };
    if (enabled) {
      this.dirty = true;
      this.draw();
      this.timer = setInterval(() => this.draw(), 100);
      this.timer.unref();
    }
  }

  /** Records one more document done. */
  tick(bytes: number, failed: boolean): void {
    this.state.done++;
    this.state.bytes += bytes;
    if (failed) this.state.failed++;
    this.dirty = true;
  }

  private draw(): void {
    if (!this.dirty) return;
    this.dirty = false;
    this.state.elapsed = (performance.now() - this.started) / 1000;
    this.stream.write(`\r${renderBar(this.state, this.stream.columns || 80)}\x1b[K`);
    this.shown = true;
  }

  /** Stops redrawing and erases the bar. */
  clear(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}
