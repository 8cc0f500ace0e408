/**
 * A map that keeps only its last `limit` entries: the oldest set goes when a new key comes in
 * full. For what the engine remembers by content across validations (layouts, checked columns
 * and rows, loose keys, document types), so memory stays bounded however many workbooks a
 * process reads.
 */
export class KeptMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  has(key: K): boolean {
    return this.map.has(key);
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  set(key: K, value: V): void {
    if (!this.map.has(key) && this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
  }

  get size(): number {
    return this.map.size;
  }
}
