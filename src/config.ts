// Environment → typed, validated configuration. Every variable, its default and meaning are
// listed here and in the README's configuration table.
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_LIMITS, type Limits } from './graphql/limits.js';

/** The repo's seed data files (seed/data), wherever the process was started from. */
export const DEFAULT_SEED_DIR = fileURLToPath(new URL('../seed/data', import.meta.url));

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

const EnvSchema = z.object({
  /** HTTP port of the GraphQL server. */
  PORT: int(4000),
  /** Interface to listen on. */
  HOST: z.string().default('127.0.0.1'),
  /** An existing Neo4j 5 (e.g. bolt://host:7687 or neo4j+s://...). Unset: start a local one. */
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  /** Database name; unset uses the server's default database. */
  NEO4J_DATABASE: z.string().optional(),
  /** Local Neo4j only: data directory (persistent, git-ignored). */
  NEO4J_HOME: z.string().default('.neo4j/data'),
  /** Local Neo4j only: Bolt port on 127.0.0.1. */
  NEO4J_BOLT_PORT: int(7687),
  /** Local Neo4j only: JVM heap, MiB. */
  NEO4J_HEAP_MB: int(768, 128),
  /** Local Neo4j only: page cache, MiB. */
  NEO4J_PAGECACHE_MB: int(256, 16),
  /** Per-transaction timeout, ms; Neo4j stops a query that runs longer. */
  QUERY_TIMEOUT_MS: int(10_000, 100),
  /**
   * How nested selections reach Neo4j: `tree` reads an entity or root list and the
   * relationship connections selected under it (3 levels) in one statement; `batched` reads
   * each level in one statement for all parents (see README "Performance").
   */
  QUERY_STRATEGY: z.enum(['tree', 'batched']).default('tree'),
  /** Load the seed at start when the database is empty. */
  SEED_ON_START: bool.default(true),
  /** The directory of YAML data files loaded then (every *.yaml under it); default the repo's seed/data. */
  SEED_DIR: z.string().min(1, "expected a directory of YAML data files (default: the repo's seed/data)").default(DEFAULT_SEED_DIR),
  /** `production` hides stack traces and internal messages. */
  NODE_ENV: z.string().default('development'),
  /** Schema introspection; defaults to on outside production. */
  INTROSPECTION: bool.optional(),
  /** "Did you mean ...?" suggestions in validation errors; defaults to on outside production. */
  SUGGESTIONS: bool.optional(),
  /** Request limits (see README "Limits"). */
  MAX_DEPTH: int(DEFAULT_LIMITS.maxDepth, 1),
  MAX_ALIASES: int(DEFAULT_LIMITS.maxAliases, 0),
  MAX_DIRECTIVES: int(DEFAULT_LIMITS.maxDirectives, 0),
  MAX_TOKENS: int(DEFAULT_LIMITS.maxTokens, 10),
  MAX_COST: int(DEFAULT_LIMITS.maxCost, 1),
  MAX_BODY_BYTES: int(1_000_000, 1_000),
  /**
   * Origins whose browser pages may call the API: `*` (any: a public read API whose tokens
   * travel in `Authorization`, never in cookies) or a comma list such as
   * `https://dash.example.org,http://localhost:3000`.
   */
  CORS_ORIGINS: z.string().default('*'),
  /** Cost points (see MAX_COST) each client address may spend per minute; 0 = no limit. */
  RATE_LIMIT_COST_PER_MINUTE: int(2_000_000, 0),
  /** GraphQL requests one client address may have open at once; 0 = no limit. */
  RATE_LIMIT_CONCURRENT: int(10, 0),
  /**
   * The client address for rate limits and logs: `false` takes the connection's peer; `true`
   * (one proxy) or a number n of proxies in front take the n-th X-Forwarded-For entry from the right.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((v, ctx) => {
      if (v === 'false') return 0;
      if (v === 'true') return 1;
      if (/^\d+$/.test(v)) return Number(v);
      ctx.addIssue({ code: 'custom', message: `expected false (the default), true or a number of proxies, got "${v}"` });
      return z.NEVER;
    }),
  /** pino level of the request log and process messages (`silent` for none). */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Neo4j time in `extensions.neo4j.timeMs`; defaults to on outside production. */
  EXPOSE_TIMINGS: bool.optional(),
});

/** `*`, or the listed origins exactly as browsers send them (scheme://host[:port]). */
function parseCorsOrigins(value: string): '*' | string[] {
  if (value.trim() === '*') return '*';
  const origins = value
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || parsed.origin !== origin)
      throw new Error(
        `Configuration: CORS_ORIGINS: "${origin}" is not an origin; expected * (the default) or a comma list like https://dash.example.org,http://localhost:3000 (no path, no trailing slash).`,
      );
  }
  return origins;
}

export type Config = {
  port: number;
  host: string;
  neo4j: { uri?: string; user?: string; password?: string; database?: string; home: string; boltPort: number; heapMiB: number; pageCacheMiB: number };
  queryTimeoutMs: number;
  queryStrategy: 'tree' | 'batched';
  seedOnStart: boolean;
  /** The data files SEED_ON_START loads. */
  seedDir: string;
  production: boolean;
  introspection: boolean;
  suggestions: boolean;
  limits: Limits;
  maxBodyBytes: number;
  /** Origins allowed to read responses in a browser (CORS). */
  corsOrigins: '*' | string[];
  /** Per client address; 0 turns a limit off. */
  rateLimit: { costPerMinute: number; concurrent: number };
  /** Proxies in front whose X-Forwarded-For entries are trusted (0: use the peer address). */
  trustProxyHops: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  exposeTimings: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`Configuration: ${issue.path.join('.')}: ${issue.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    neo4j: {
      uri: e.NEO4J_URI || undefined,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      home: e.NEO4J_HOME,
      boltPort: e.NEO4J_BOLT_PORT,
      heapMiB: e.NEO4J_HEAP_MB,
      pageCacheMiB: e.NEO4J_PAGECACHE_MB,
    },
    queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    queryStrategy: e.QUERY_STRATEGY,
    seedOnStart: e.SEED_ON_START,
    seedDir: e.SEED_DIR,
    production,
    introspection: e.INTROSPECTION ?? !production,
    suggestions: e.SUGGESTIONS ?? !production,
    limits: { maxDepth: e.MAX_DEPTH, maxAliases: e.MAX_ALIASES, maxDirectives: e.MAX_DIRECTIVES, maxTokens: e.MAX_TOKENS, maxCost: e.MAX_COST },
    maxBodyBytes: e.MAX_BODY_BYTES,
    corsOrigins: parseCorsOrigins(e.CORS_ORIGINS),
    rateLimit: { costPerMinute: e.RATE_LIMIT_COST_PER_MINUTE, concurrent: e.RATE_LIMIT_CONCURRENT },
    trustProxyHops: e.TRUST_PROXY,
    logLevel: e.LOG_LEVEL,
    exposeTimings: e.EXPOSE_TIMINGS ?? !production,
  };
}
