// Memos kept across compiles (the language server and the preview compile matter after matter in
// one process) must not grow without end: these forget everything once they hold `limit` entries.
// Each use keeps only what it can work out again, so forgetting costs time, never a result.

export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (this.size >= this.limit && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

export class BoundedSet<T> extends Set<T> {
  constructor(private readonly limit: number) {
    super();
  }

  override add(value: T): this {
    if (this.size >= this.limit && !this.has(value)) this.clear();
    return super.add(value);
  }
}
