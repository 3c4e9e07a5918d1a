// Per-request batching: every entity lookup, relationship page and count made while one
// level of a query resolves is collected and sent to Neo4j as a single query.
import DataLoader from 'dataloader';
import type { Executor } from './executor.js';
import { countEntities, readEntitiesById, readEntityPage } from './entities.js';
import { compileOrder } from './filters/index.js';
import { listLabelOf, relationField, type EntityLabel, type RelationKey } from './model.js';
import { readRelationCounts, readRelationPages } from './relations.js';
import type { ConnectionRecord, EntityRecord, PageRecord } from './records.js';
import { decodeSortCursor, toAfterCursor, toPageWindow } from './pagination.js';
import type { ListArgs, ListPlan, NodePlan } from './plan.js';
import { prefetched, readEntityTree, readListTree } from './treeQuery.js';

/** Refuses a bad `orderBy` or cursor up front, even when only `totalCount` is asked for. */
export function validateListArgs(label: EntityLabel, args: ListArgs): void {
  const keys = compileOrder(label, args.orderBy);
  const after = toAfterCursor(args.after);
  if (after !== null) decodeSortCursor(after, keys);
}

export class GraphLoaders {
  readonly entity: DataLoader<string, EntityRecord | null>;
  private readonly pages = new Map<string, DataLoader<string, PageRecord>>();
  private readonly counts = new Map<string, DataLoader<string, number>>();

  constructor(
    private readonly executor: Executor,
    private readonly strategy: QueryStrategy = 'tree',
  ) {
    this.entity = new DataLoader((ids) => readEntitiesById(executor, ids));
  }

  /** A parent's related nodes as a lazy connection: page and count are fetched only if asked. */
  relation(key: RelationKey, parentId: string, args: ListArgs): ConnectionRecord {
    const window = toPageWindow(args);
    validateListArgs(listLabelOf(relationField(key)), args);
    const query = { key, where: args.where, orderBy: args.orderBy, window };
    // Same field with the same arguments → same loader → one query for all parents.
    const pageKey = JSON.stringify(query);
    let pages = this.pages.get(pageKey);
    if (!pages) this.pages.set(pageKey, (pages = new DataLoader((ids) => readRelationPages(this.executor, query, ids))));
    const countKey = JSON.stringify({ key, where: args.where });
    let counts = this.counts.get(countKey);
    if (!counts) this.counts.set(countKey, (counts = new DataLoader((ids) => readRelationCounts(this.executor, query, ids))));
    const p = pages;
    const c = counts;
    return { page: () => p.load(parentId), count: () => c.load(parentId) };
  }

  /** The first related node (for one-valued fields such as ZoneArea.zone), or null. */
  single(key: RelationKey, parent: EntityRecord, responseKey: string): EntityRecord | null | Promise<EntityRecord | null> {
    const connection = this.relationOf(key, parent, responseKey, { first: 1 });
    const first = (page: PageRecord) => page.edges[0]?.node ?? null;
    // Read with the parent: the node itself, no promise (see ConnectionRecord.ready).
    return connection.ready?.page ? first(connection.ready.page) : connection.page().then(first);
  }

  /**
   * A root list as a lazy connection. With a plan (what the query selects), page, total and
   * the planned relationship fields under the nodes are read in one statement, once;
   * without one, page and count are each read once, and only if asked.
   */
  list(label: EntityLabel, args: ListArgs, plan?: ListPlan): ConnectionRecord {
    const spec = { label, where: args.where, orderBy: args.orderBy, window: toPageWindow(args) };
    validateListArgs(label, args);
    let page: Promise<PageRecord> | undefined;
    let count: Promise<number> | undefined;
    if (plan && this.strategy === 'tree' && (plan.page || plan.count)) {
      let tree: ReturnType<typeof readListTree> | undefined;
      const read = () => (tree ??= readListTree(this.executor, spec, plan, plan.children));
      return {
        page: () => (page ??= plan.page ? read().then((t) => t.page!) : readEntityPage(this.executor, spec)),
        count: () => (count ??= plan.count ? read().then((t) => t.count!) : countEntities(this.executor, spec)),
      };
    }
    return {
      page: () => (page ??= readEntityPage(this.executor, spec)),
      count: () => (count ??= countEntities(this.executor, spec)),
    };
  }

  /**
   * One entity by id with the planned relationship fields beneath it (unbatched: one
   * statement each); without any, through the batched entity loader.
   */
  entityTree(label: EntityLabel, id: string, plan: NodePlan): Promise<EntityRecord | null> {
    return plan.children.length === 0 || this.strategy === 'batched' ? this.entity.load(id) : readEntityTree(this.executor, label, id, plan.properties, plan.children);
  }

  /** A relationship field of `parent`: what was read with the parent if planned, else batched. */
  relationOf(key: RelationKey, parent: EntityRecord, responseKey: string, args: ListArgs): ConnectionRecord {
    const pre = prefetched(parent, responseKey);
    const fallback = () => this.relation(key, parent.id, args);
    if (!pre) return fallback();
    return {
      ready: pre,
      page: () => (pre.page ? Promise.resolve(pre.page) : fallback().page()),
      count: () => (pre.count !== undefined ? Promise.resolve(pre.count) : fallback().count()),
    };
  }
}

/** `tree`: planned subtrees in one statement; `batched`: one statement per level (DataLoader). */
export type QueryStrategy = 'tree' | 'batched';
