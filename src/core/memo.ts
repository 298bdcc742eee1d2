/**
 * Values derived from an object once and kept as long as the object lives: a policy's plan, a
 * node's candidates, a list's answers. The cache is a WeakMap, so a run's objects and a test's
 * objects never share entries and nothing outlives what it was derived from. `derive` is best a
 * module-level function: the lookups sit on hot paths and a closure per call would allocate.
 */
export function derivedOnce<K extends object, V>(cache: WeakMap<K, V>, from: K, derive: (from: K) => V): V {
  let value = cache.get(from);
  if (value === undefined) {
    value = derive(from);
    cache.set(from, value);
  }
  return value;
}

/**
 * The most recently used `limit` values by key, for things that are cheap to make again but
 * would add up if all were kept (a file's text and line index, read back for reporters).
 */
export class RecentValues<V> {
  private readonly values = new Map<string, V>();
  constructor(private readonly limit: number) {}

  get(key: string, make: (key: string) => V): V {
    let value = this.values.get(key);
    if (value !== undefined) {
      // Map order is insertion order: moving the key to the end keeps the oldest first.
      this.values.delete(key);
    } else {
      value = make(key);
      if (this.values.size >= this.limit) this.values.delete(this.values.keys().next().value as string);
    }
    this.values.set(key, value);
    return value;
  }

  has(key: string): boolean {
    return this.values.has(key);
  }
}
