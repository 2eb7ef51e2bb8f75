// A counting semaphore with a bounded queue. Password hashing (scrypt, 128 MiB and some 0.3 s of a core each) runs
// in libuv's thread pool, which file reads, DNS lookups and zlib share: a burst of sign-ins must not take all of it.
import { availableParallelism } from "node:os";
import { AppError } from "@/lib/errors/app-error";

export class ConcurrencyLimit {
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  /** At most `maxRunning` tasks at once and `maxWaiting` in line; past that, `busy()` is thrown at once. */
  constructor(
    readonly maxRunning: number,
    readonly maxWaiting: number,
    private readonly busy: () => Error,
  ) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.#running < this.maxRunning) this.#running += 1;
    else if (this.#waiting.length < this.maxWaiting) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else throw this.busy();
    try {
      return await task();
    } finally {
      // The slot passes straight to the next in line, so `running` never exceeds the bound.
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running -= 1;
    }
  }
}

/** Two hashes at once, but always one core left for everything else (one at a time on a 1- or 2-core machine). */
export const MAX_CONCURRENT_HASHES = Math.max(1, Math.min(2, availableParallelism() - 1));
export const MAX_WAITING_HASHES = 16;
export const BUSY_MESSAGE = "Milepost is busy signing other people in. Try again in a few seconds.";

/** Every scrypt computation of the process (sign-in, sign-up, password change) goes through this one limit. */
export const passwordHashing = new ConcurrencyLimit(
  MAX_CONCURRENT_HASHES,
  MAX_WAITING_HASHES,
  () => new AppError("UNAVAILABLE", BUSY_MESSAGE),
);
