import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, label: string): void;
  stop(): void;
}

/** A bar on a terminal; on a pipe or a log, a plain line every 5% (and the last one). */
export const createProgress = (stream: NodeJS.WriteStream): Progress => {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream, format: 'ingest [{bar}] {value}/{total} {label}', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, label) {
        if (!started) {
          bar.start(total, 0, { label: '' });
          started = true;
        }
        bar.setTotal(total);
        bar.update(done, { label: label.length > 40 ? `…${label.slice(-39)}` : label });
      },
      stop: () => started && bar.stop(),
    };
  }
  let lastPct = -1;
  return {
    update(done, total) {
      const pct = total ? Math.floor((done * 100) / total / 5) * 5 : 100;
      if (pct !== lastPct || done === total) {
        lastPct = pct;
        stream.write(`progress: ${done}/${total} (${pct}%)\n`);
      }
    },
    stop: () => undefined,
  };
};
