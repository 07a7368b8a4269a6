/**
 * A map that each analysis refills with much the same keys: its entries stay allocated from
 * one call to the next, and only those set since the last `clear()` count. Rebuilding two
 * maps of every name and film of the draft was much of a keystroke's garbage on long drafts.
 */
export class ReusedMap<K, V> {
  private readonly entries = new Map<K, { value: V; stamp: number; order: number }>();
  private stamp = 0;
  private count = 0;
  /** Entries set by the last refill that set every one (a refill may stop early). */
  private full = 0;

  /**
   * Forgets every entry (kept allocated unless the map grew far beyond one draft's names, in which
   * case it is emptied and true returned).
   */
  clear(): boolean {
    const emptied = this.entries.size > 4 * this.full + 4096;
    if (emptied) this.entries.clear();
    this.stamp++;
    this.count = 0;
    return emptied;
  }

  /** The entries set since `clear()` are all of the draft's. */
  settled(): void {
    this.full = this.count;
  }

  get(key: K): V | undefined {
    const e = this.entries.get(key);
    return e !== undefined && e.stamp === this.stamp ? e.value : undefined;
  }

  set(key: K, value: V): void {
    const e = this.entries.get(key);
    if (e === undefined) this.entries.set(key, { value, stamp: this.stamp, order: this.count++ });
    else {
      if (e.stamp !== this.stamp) this.revive(e);
      e.value = value;
    }
  }

  /**
   * The value set for `key`, or, when none is, `value` set now and undefined returned: one lookup
   * where a get and a set took two (the carried state is rebuilt from every paragraph per keystroke).
   */
  setIfAbsent(key: K, value: V): V | undefined {
    const e = this.entries.get(key);
    if (e === undefined) this.entries.set(key, { value, stamp: this.stamp, order: this.count++ });
    else if (e.stamp === this.stamp) return e.value;
    else {
      this.revive(e);
      e.value = value;
    }
    return undefined;
  }

  /** An entry set before the last `clear()`, live again (set last in the order). */
  private revive(e: { stamp: number; order: number }): void {
    e.stamp = this.stamp;
    e.order = this.count++;
  }

  /** Each live entry with its rank in the order the keys were first set since `clear()`. */
  forEach(visit: (value: V, key: K, order: number) => void): void {
    for (const [key, e] of this.entries) if (e.stamp === this.stamp) visit(e.value, key, e.order);
  }
}
