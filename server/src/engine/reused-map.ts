/**
 * A map that each analysis refills with much the same keys: its entries stay allocated from
 * one call to the next, and only those set since the last `clear()` count. Rebuilding two
 * maps of every name and film of the draft was much of a keystroke's garbage on long drafts.
 */
export class ReusedMap<K, V> {
  private readonly entries = new Map<K, { value: V; stamp: number; order: number }>();
  private stamp = 0;
  private count = 0;

  /** Forgets every entry (kept allocated unless the map grew far beyond one draft's names). */
  clear(): void {
    if (this.entries.size > 4 * this.count + 4096) this.entries.clear();
    this.stamp++;
    this.count = 0;
  }

  get(key: K): V | undefined {
    const e = this.entries.get(key);
    return e !== undefined && e.stamp === this.stamp ? e.value : undefined;
  }

  set(key: K, value: V): void {
    const e = this.entries.get(key);
    if (e === undefined) this.entries.set(key, { value, stamp: this.stamp, order: this.count++ });
    else {
      if (e.stamp !== this.stamp) [e.stamp, e.order] = [this.stamp, this.count++];
      e.value = value;
    }
  }

  /** Each live entry with its rank in the order the keys were first set since `clear()`. */
  forEach(visit: (value: V, key: K, order: number) => void): void {
    for (const [key, e] of this.entries) if (e.stamp === this.stamp) visit(e.value, key, e.order);
  }
}
