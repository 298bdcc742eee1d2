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
