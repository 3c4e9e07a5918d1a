// Per-request batching: every entity lookup, relationship page and count made while one
// level of a query resolves is collected and sent to Neo4j as a single query.
import DataLoader from 'dataloader';
import type { Executor } from './executor.js';
import { countEntities, readEntitiesById, readEntityPage, type Where } from './entities.js';
import type { EntityLabel, RelationKey } from './model.js';
import { readRelationCounts, readRelationPages } from './relations.js';
import type { ConnectionRecord, EntityRecord, PageRecord } from './records.js';
import { toPageWindow, type PageArgs } from './pagination.js';

export class GraphLoaders {
  readonly entity: DataLoader<string, EntityRecord | null>;
  private readonly pages = new Map<string, DataLoader<string, PageRecord>>();
  private readonly counts = new Map<RelationKey, DataLoader<string, number>>();

  constructor(private readonly executor: Executor) {
    this.entity = new DataLoader((ids) => readEntitiesById(executor, ids));
  }

  /** A parent's related nodes as a lazy connection: page and count are fetched only if asked. */
  relation(key: RelationKey, parentId: string, args: PageArgs): ConnectionRecord {
    const window = toPageWindow(args);
    const pageKey = `${key}|${window.first}|${window.afterId ?? ''}`;
    let pages = this.pages.get(pageKey);
    if (!pages) {
      pages = new DataLoader((ids) => readRelationPages(this.executor, key, ids, window));
      this.pages.set(pageKey, pages);
    }
    let counts = this.counts.get(key);
    if (!counts) {
      counts = new DataLoader((ids) => readRelationCounts(this.executor, key, ids));
      this.counts.set(key, counts);
    }
    const p = pages;
    const c = counts;
    return { page: () => p.load(parentId), count: () => c.load(parentId) };
  }

  /** The first related node (for one-valued fields such as ZoneArea.zone), or null. */
  async single(key: RelationKey, parentId: string): Promise<EntityRecord | null> {
    const page = await this.relation(key, parentId, { first: 1 }).page();
    return page.edges[0]?.node ?? null;
  }

  /** A root list as a lazy connection (each part is read once, and only if asked). */
  list(label: EntityLabel, where: Where | null | undefined, args: PageArgs): ConnectionRecord {
    const window = toPageWindow(args);
    let page: Promise<PageRecord> | undefined;
    let count: Promise<number> | undefined;
    return {
      page: () => (page ??= readEntityPage(this.executor, label, where, window)),
      count: () => (count ??= countEntities(this.executor, label, where)),
    };
  }
}
