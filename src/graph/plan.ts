// The contract between the GraphQL layer and the data layer: what a query selects, as
// src/graphql/selectionPlan.ts reads it from a selection set, and what src/graph reads
// with it (loaders.ts, treeQuery.ts) in one statement. Types only; src/graph never
// imports src/graphql, so anything the planner hands over is declared here.
import type { OrderInput, Where } from './filters/index.js';
import type { RelationKey } from './model.js';
import type { PageArgs, PageWindow } from './pagination.js';

/** A list field's arguments, as its resolver receives them. */
export interface ListArgs extends PageArgs {
  where?: Where | null;
  orderBy?: OrderInput[] | null;
}

/** What a query selects on a node: its properties, and relationship fields to read with it. */
export interface NodePlan {
  properties: readonly string[];
  children: RelationPlan[];
}

/** What a query selects on a root list: page and/or total, and what is selected on its nodes. */
export interface ListPlan extends NodePlan {
  page: boolean;
  count: boolean;
}

/** A relationship field selected under an entity, read in the same statement as its parent. */
export interface RelationPlan {
  /** The field's response key (alias or name): how its resolver finds the result. */
  responseKey: string;
  key: RelationKey;
  where?: Where | null;
  orderBy?: OrderInput[] | null;
  window: PageWindow;
  /** Nodes, edges or pageInfo are selected. */
  page: boolean;
  /** totalCount is selected. */
  count: boolean;
  /** Properties selected on the related nodes (only these are read; `id` always). */
  properties: readonly string[];
  /** `edges { link }` is selected: the relationship itself is read too. */
  link: boolean;
  /**
   * Properties selected on the link's `sources`, read with the link; null when they are not
   * selected, or when more than properties is asked of them (the entity loader reads those).
   */
  linkSources: readonly string[] | null;
  /** Relationship fields selected on the related nodes. */
  children: RelationPlan[];
}

/**
 * What a query selects of an industrial chain (`Query.industryChain`): the stored properties
 * read of its industries (the root's, the nodes' and the links' ends together: a link's ends
 * are records of its nodes), of its links, and of the zones and clusters placed on its nodes,
 * which are read at all only when selected (null: not selected).
 */
export interface ChainPlan {
  industry: readonly string[];
  link: readonly string[];
  zones: readonly string[] | null;
  clusters: readonly string[] | null;
}

/**
 * What `Query.paths` reads of its nodes (any type) and links: the selected properties, or
 * null for a whole node (something is selected that only the whole node answers).
 */
export interface PathPlan {
  node: readonly string[] | null;
  link: readonly string[];
}
