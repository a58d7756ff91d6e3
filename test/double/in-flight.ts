// Counts the API double's requests in flight: from the moment a request arrives until its answer is sent
// (or its connection closed), so that a test can assert how many a client ever had open at once.
import type { ServerResponse } from 'node:http';

export class InFlight {
  #current = 0;
  #max = 0;

  /** Requests being handled now. */
  get current(): number {
    return this.#current;
  }

  /** The most that were in flight at once since the last reset. */
  get max(): number {
    return this.#max;
  }

  /** Counts a request until its response closes; returns how many are in flight with it. */
  enter(response: ServerResponse): number {
    this.#current += 1;
    this.#max = Math.max(this.#max, this.#current);
    response.once('close', () => {
      this.#current -= 1;
    });
    return this.#current;
  }

  reset(): void {
    this.#max = this.#current;
  }
}
