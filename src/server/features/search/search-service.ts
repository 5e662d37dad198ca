import { advance } from '../../platform/change-feed.ts';
import type { Db } from '../../platform/db.ts';
import { KindState } from './kind-index.ts';
import { announceSearchChange, type SearchChange } from './search-channel.ts';
import {
  Interner,
  loadPracticeDocuments,
  loadSystemDocuments,
  type PracticeFacets,
  type SearchKind,
  type SystemFacets,
} from './search-documents.ts';
import { listenForSearchChanges } from './search-listener.ts';

/**
 * This process's search over systems and initiatives: an in-memory Japanese substring index per kind
 * (src/search), built from the database on first use, updated in place after every write in this
 * process, and — on PostgreSQL — after every write in any process, through LISTEN/NOTIFY.
 */
export class SearchService {
  readonly systems: KindState<SystemFacets>;
  readonly practices: KindState<PracticeFacets>;
  private listening: Promise<void> | null = null;

  constructor(private readonly db: Db) {
    const interner = new Interner();
    this.systems = new KindState((ids) => loadSystemDocuments(db, interner, ids));
    this.practices = new KindState((ids) => loadPracticeDocuments(db, interner, ids));
  }

  /** Starts listening (PostgreSQL) before the first build, so no change between them is missed. */
  async ready(): Promise<void> {
    if (!this.listening) {
      const starting = listenForSearchChanges(
        this.db,
        (change) => {
          this.changed(change).catch(() => this.dropAll());
        },
        () => {
          this.listening = null;
          this.dropAll();
        },
      ).then(() => undefined);
      this.listening = starting;
      starting.catch(() => {
        if (this.listening === starting) this.listening = null;
      });
    }
    await this.listening;
  }

  /**
   * Applies a change (see {@link SearchChange}). The change feed moves on once the index has it: an
   * answer cached in between (the write committed, the index had not caught up) is then recomputed.
   */
  async changed(change: SearchChange): Promise<void> {
    const state = change.kind === 'system' ? this.systems : this.practices;
    try {
      if ('all' in change) state.drop();
      else await state.changed(change.ids);
    } finally {
      advance(this.db, 'data');
    }
  }

  /** Forgets both indexes: the next search rebuilds them from the database. */
  dropAll(): void {
    this.systems.drop();
    this.practices.drop();
    advance(this.db, 'data');
  }
}

const services = new WeakMap<Db, SearchService>();

/** The search service of this database handle (one per process and database), created on first use. */
export function searchServiceFor(db: Db): SearchService {
  let service = services.get(db);
  if (!service) {
    service = new SearchService(db);
    services.set(db, service);
  }
  return service;
}

/** The service if one exists: writes use this, so they never start an index nobody searches. */
export function existingSearchService(db: Db): SearchService | undefined {
  return services.get(db);
}

/**
 * Updates this process's index after a change has committed, so the writer reads its own writes at
 * once (other processes follow on the NOTIFY). A no-op while the index has not been built.
 */
export async function applySearchChange(db: Db, change: SearchChange): Promise<void> {
  const service = existingSearchService(db);
  if (!service) return;
  try {
    await service.changed(change);
  } catch {
    // The write has committed; an index that could not follow is rebuilt by the next search.
    service.dropAll();
  }
}

/**
 * The import hooks that make a bulk import of one kind searchable: announced in the commit's
 * transaction (other processes rebuild on the NOTIFY), rebuilt in this process after the commit.
 */
export function searchImportHooks(kind: SearchKind) {
  return {
    afterInsert: (tx: Db) => announceSearchChange(tx, { kind, all: true }),
    afterCommit: (db: Db) => applySearchChange(db, { kind, all: true }),
  };
}
