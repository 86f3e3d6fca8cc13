// Waiting for the preview to recompile after an edit, instead of sleeping: the server calls
// `onRecompile`, and `next()` resolves at the first recompile after it was asked for.
import type { Snapshot } from "../../../cli/preview/session.js";

export class Recompiles {
  private waiting: ((s: Snapshot) => void)[] = [];

  readonly onRecompile = (s: Snapshot): void => {
    const w = this.waiting;
    this.waiting = [];
    for (const resolve of w) resolve(s);
  };

  next(timeoutMs = 5000): Promise<Snapshot> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no recompile within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.push((s) => {
        clearTimeout(timer);
        resolve(s);
      });
    });
  }
}
