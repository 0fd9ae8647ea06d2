// Name → places by binary search over the file's sorted keys: nothing to build at load time, and
// each list of places is made on its first look-up. A ReadonlyMap, so callers need not know.

import type { GazetteerPlace } from './gazetteer';

export class NameIndex implements ReadonlyMap<string, readonly GazetteerPlace[]> {
  private readonly cache = new Map<number, readonly GazetteerPlace[]>();
  private all: ReadonlyMap<string, readonly GazetteerPlace[]> | null = null;

  constructor(
    /** Sorted by UTF-16 code units (the `<` operator), as the build writes them. */
    private readonly keyList: readonly string[],
    private readonly postings: readonly string[],
    private readonly placeAt: (index: number) => GazetteerPlace | undefined,
  ) {}

  get size(): number {
    return this.keyList.length;
  }

  private find(key: string): number {
    let lo = 0;
    let hi = this.keyList.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const k = this.keyList[mid] as string;
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  private listAt(k: number): readonly GazetteerPlace[] {
    let list = this.cache.get(k);
    if (!list) {
      list = Object.freeze(
        (this.postings[k] ?? '')
          .split(',')
          .map((i) => this.placeAt(Number(i)))
          .filter((p) => p !== undefined),
      );
      this.cache.set(k, list);
    }
    return list;
  }

  get(key: string): readonly GazetteerPlace[] | undefined {
    const k = this.find(key);
    return k < 0 ? undefined : this.listAt(k);
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  /** Iteration makes every list once (slow, and never needed to draft). */
  private full(): ReadonlyMap<string, readonly GazetteerPlace[]> {
    this.all ??= new Map(this.keyList.map((key, k) => [key, this.listAt(k)]));
    return this.all;
  }

  forEach(
    callback: (
      value: readonly GazetteerPlace[],
      key: string,
      map: ReadonlyMap<string, readonly GazetteerPlace[]>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (const [key, value] of this.full()) callback.call(thisArg, value, key, this);
  }

  entries() {
    return this.full().entries();
  }

  keys() {
    return this.full().keys();
  }

  values() {
    return this.full().values();
  }

  [Symbol.iterator]() {
    return this.full()[Symbol.iterator]();
  }
}
