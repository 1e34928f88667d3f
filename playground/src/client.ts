/**
 * @fileoverview A worker and its pending requests. `restart()` terminates the worker (a run that
 * never ends) and starts a fresh one; the requests it had are answered with an error.
 */
import type { ExtraRunOptions, Reply, Request } from './protocol.js';

export class WorkerClient {
  private worker!: Worker;
  /** Resolves when the worker exists (it may wait for another to be ready first). */
  private started: Promise<void>;
  private next = 1;
  private pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  ready!: Promise<void>;

  /** `after`: start only once it resolves (the first run's worker gets the CPU to itself). */
  constructor(private readonly url: string, private readonly name: string, after: Promise<unknown> = Promise.resolve()) {
    this.ready = new Promise((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    this.started = after.catch(() => {}).then(() => this.start());
  }

  private start(): void {
    this.worker = new Worker(this.url, { name: this.name });
    this.worker.onmessage = (e: MessageEvent<Reply>) => {
      const p = this.pending.get(e.data.id);
      if (!p) return;
      this.pending.delete(e.data.id);
      if (e.data.ok) p.resolve(e.data.result);
      else p.reject(new Error(e.data.error));
    };
    this.worker.onerror = (e) => {
      const error = new Error(`${this.name} worker: ${e.message || 'failed to load'}`);
      for (const p of this.pending.values()) p.reject(error);
      this.pending.clear();
    };
  }

  get busy(): boolean {
    return [...this.pending.keys()].some(id => id !== 0);
  }

  request<T>(req: Request & { options?: ExtraRunOptions }): Promise<T> {
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      void this.started.then(() => this.worker.postMessage({ id, ...req }));
    });
  }

  restart(reason: string): void {
    this.worker.terminate();
    const error = new Error(reason);
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
    this.ready = new Promise((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    this.start();
  }
}
