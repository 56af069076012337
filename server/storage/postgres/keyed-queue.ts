// Work in order per key: a pool runs queries on whichever connection is free, so two writes
// of one class sent one after the other could land the other way round (a student before
// the class that holds them). Tasks under one key run one after another; tasks under
// different keys run side by side.
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `task` after every task queued before it under `key` has settled. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key) ?? Promise.resolve();
    const result = before.then(task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  /** Resolves once every task queued so far, under any key, has settled. */
  async idle(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}
