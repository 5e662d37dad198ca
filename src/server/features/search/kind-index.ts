import type { SearchIndex } from '../../../search/index.ts';
import { buildIndexInThreads } from './build-index-in-threads.ts';
import type { LoadedDocument } from './search-documents.ts';

/** The text index of one kind of document plus the facet values of each document. */
export class KindIndex<F> {
  private constructor(
    readonly index: SearchIndex,
    readonly facets: Map<number, F>,
  ) {}

  /** Builds from every document `pages` yields (on worker threads when there are many). */
  static async build<F>(pages: AsyncIterable<LoadedDocument<F>[]>): Promise<KindIndex<F>> {
    const facets = new Map<number, F>();
    const documents: { id: number; fields: string[] }[] = [];
    for await (const page of pages) {
      for (const d of page) {
        documents.push({ id: d.id, fields: d.fields });
        facets.set(d.id, d.facets);
      }
    }
    return new KindIndex(await buildIndexInThreads(documents), facets);
  }

  /** Re-reads `ids`: the ones `pages` still yields are replaced, the others removed. */
  async refresh(ids: readonly number[], pages: AsyncIterable<LoadedDocument<F>[]>): Promise<void> {
    const seen = new Set<number>();
    for await (const page of pages) {
      for (const d of page) {
        seen.add(d.id);
        this.index.upsert({ id: d.id, fields: d.fields });
        this.facets.set(d.id, d.facets);
      }
    }
    for (const id of ids) {
      if (seen.has(id)) continue;
      this.index.remove(id);
      this.facets.delete(id);
    }
  }
}

/**
 * One kind's index through its life: built on first use, kept current by changes (changes that
 * arrive while it is being built are applied when it is done), dropped and rebuilt on demand after a
 * bulk change.
 */
export class KindState<F> {
  private current: Promise<KindIndex<F>> | null = null;
  private queue: (readonly number[])[] | null = null;

  constructor(private readonly load: (ids?: readonly number[]) => AsyncIterable<LoadedDocument<F>[]>) {}

  /** The index, built now if need be. */
  get(): Promise<KindIndex<F>> {
    if (!this.current) {
      const building = this.build();
      this.current = building;
      building.catch(() => {
        if (this.current === building) this.current = null;
      });
    }
    return this.current;
  }

  /** Whether the index exists (or is being built). */
  get started(): boolean {
    return this.current !== null;
  }

  /** Forgets the index: the next search rebuilds it from the database. */
  drop(): void {
    this.current = null;
  }

  /** Applies a change of `ids` (re-read from the database); a no-op when nothing is built. */
  async changed(ids: readonly number[]): Promise<void> {
    if (!this.current) return;
    if (this.queue) {
      this.queue.push(ids);
      return;
    }
    const built = await this.current;
    await built.refresh(ids, this.load(ids));
  }

  private async build(): Promise<KindIndex<F>> {
    const queue: (readonly number[])[] = [];
    this.queue = queue;
    try {
      const built = await KindIndex.build(this.load());
      for (let ids = queue.shift(); ids; ids = queue.shift()) await built.refresh(ids, this.load(ids));
      return built;
    } finally {
      if (this.queue === queue) this.queue = null;
    }
  }
}
