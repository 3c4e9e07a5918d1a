// Property-based fuzzing of the HTTP API against the real server and Neo4j: random and
// adversarial GraphQL documents, variables and HTTP bodies. Whatever arrives, the server
// answers JSON, never with a 5xx, every error carries a code from the documented set (never
// INTERNAL_SERVER_ERROR), it is still alive afterwards, and the graph is unchanged.
//
// Reproduce a failure with the seed and path fast-check prints, or run with another seed:
// FUZZ_SEED=123 FUZZ_RUNS=500 npx vitest run test/http/fuzz.int.test.ts
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningApp } from '../../src/app.js';
import { loadTypeDefs } from '../../src/graphql/typeDefs.js';
import { graphChecksum } from '../support/graphChecksum.js';
import { startTestApp } from '../support/graphqlClient.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20_250_611);
/** Runs per property; the four properties together stay well under a minute on 2 cores. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 100);

/**
 * Codes a client may see while Neo4j is up. INTERNAL_SERVER_ERROR is not among them: an
 * input the server did not foresee is still the client's mistake and must be named as such.
 * SERVICE_UNAVAILABLE and TIMEOUT are not either: nothing here should take Neo4j away or run
 * for the whole query timeout.
 */
const ALLOWED_CODES = new Set([
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'LIMIT_EXCEEDED',
  'NOT_FOUND',
  // Writes without a token (the fuzzer never sends one).
  'UNAUTHENTICATED',
  'FORBIDDEN',
]);

// ---- Adversarial values -----------------------------------------------------------------

const CYPHER_PAYLOADS = [
  "') MATCH (n) DETACH DELETE n //",
  '") MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  "zone:shanghai'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  "x' OR 1=1 OR 'a'='a",
  '\\u0060',
  '\u0060',
  '$param',
  '$id',
  '}}',
  '{{',
  "'}]->(m) DETACH DELETE m //",
  '*/ MATCH (n) SET n.pwned = true /*',
  '\n; MATCH (n) DETACH DELETE n',
  "CALL db.index.fulltext.drop('entitySearch')",
  "'; CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {}) //",
  '\\',
  "\\'",
  '\u0000',
  "a\u0000') DETACH DELETE n //",
];
const LUCENE_PAYLOADS = ['*:*', 'id:*', 'nameEn:/.*/', 'a AND NOT b', '"unbalanced', '[* TO *]', '(((', 'shang*', 'fuzzy~2', '^3', '\\', '&& || !', '-', 'NOT', '?', 'a:b:c'];
const UNICODE_PAYLOADS = [
  '上海自由贸易试验区',
  '生物医药',
  '🚢🧬💊',
  '👨‍👩‍👧‍👦',
  'مرحبا',
  '\u202eevil\u202c',
  '\u200f\u200e',
  '\ud800',
  '\udfff',
  'a\ud83dz',
  '\ufeff',
  '\uffff',
  'ｚｏｎｅ：ｓｈａｎｇｈａｉ',
  'e\u0301',
];
const VALID_IDS = [
  'zone:shanghai',
  'zone:hainan-ftp',
  'area:shanghai-lingang',
  'document:guofa-2020-10',
  'industry:biomedicine',
  'industry:bulk-commodities',
  'field:investment',
  'source:w-sh',
  'authority:cpc-central-committee',
  'person:he-yadong',
  'measure:cross-border-services-negative-list',
  'cluster:biobay-suzhou',
];
const MALFORMED_IDS = [
  '',
  ' ',
  'zone:',
  ':shanghai',
  'zone:Shanghai',
  'zone:shang hai',
  'zone::x',
  'zone:x-',
  'ZONE:x',
  'planet:mars',
  'zone:shanghai ',
  'zone:上海',
  `zone:${'a'.repeat(5000)}`,
];
const DATES = [
  '2013-09-29',
  '2020-02-29',
  '0000-01-01',
  '9999-12-31',
  '2013-02-30',
  '2021-02-29',
  '2013-13-01',
  '2013-9-29',
  '2013',
  '2013-09',
  '2013-09-29T00:00:00Z',
  '+2013-09-29',
  '-0001-01-01',
  '',
];
const INTS = [0, 1, 2, 3, 5, 6, 7, 20, 99, 100, 101, 500, 501, 1000, 1001, -1, -100, 2 ** 31 - 1, -(2 ** 31)];
/** Literals only the GraphQL text can carry (out-of-range, not-a-number, odd spellings). */
const RAW_NUMBER_LITERALS = ['2147483648', '-2147483649', '99999999999999999999', '1e3', '1e999', '-1e999', '1.5', '-0', '0x10', 'NaN', 'Infinity', '-Infinity', '00', '1_000'];
/** JSON values for numbers in variables (NaN and Infinity become null in JSON). */
const JSON_NUMBERS: unknown[] = [...INTS, 2 ** 31, 2 ** 53, -(2 ** 53), 1.5, -0.5, 1e308, -1e308, Number.MIN_VALUE, NaN, Infinity, '3', '', true, null, [3], { n: 3 }];

const PAYLOADS = [...CYPHER_PAYLOADS, ...LUCENE_PAYLOADS, ...UNICODE_PAYLOADS, ...VALID_IDS, ...MALFORMED_IDS];
const isWellFormed = (s: string) => !/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''));
/** Adversarial text that GraphQL can write as a string literal (no lone surrogates). */
const literalString = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...PAYLOADS.filter(isWellFormed)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
/** Any adversarial text, lone surrogates included (JSON can carry them; GraphQL text cannot). */
const anyString = fc.oneof(
  { weight: 8, arbitrary: literalString },
  { weight: 1, arbitrary: fc.constantFrom(...PAYLOADS.filter((s) => !isWellFormed(s))) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 3 }) },
);

/** A cursor the API never issued: base64url JSON whose sort values and id are adversarial. */
const forgedCursor = fc.oneof(
  fc
    .record({
      v: fc.array(fc.oneof(anyString, fc.constantFrom<unknown>(...DATES, ...JSON_NUMBERS), fc.jsonValue({ maxDepth: 2 })), { maxLength: 3 }),
      id: fc.oneof(anyString, fc.constant<unknown>(7)),
    })
    .map((c) => Buffer.from(JSON.stringify(c)).toString('base64url')),
  fc.jsonValue({ maxDepth: 3 }).map((v) => Buffer.from(JSON.stringify(v) ?? '').toString('base64')),
  anyString,
);

// ---- Documents built from the schema ----------------------------------------------------

/** A value for an argument or variable: rendered as GraphQL text, or as JSON for variables. */
type Value =
  | { kind: 'json'; value: unknown }
  | { kind: 'enum'; name: string }
  | { kind: 'raw'; text: string }
  | { kind: 'list'; items: Value[] }
  | { kind: 'object'; fields: Array<[string, Value]> };

function renderLiteral(v: Value): string {
  switch (v.kind) {
    case 'json':
      // JSON text is GraphQL text for strings, numbers, booleans and null; objects are not.
      return typeof v.value === 'object' && v.value !== null ? JSON.stringify(JSON.stringify(v.value)) : (JSON.stringify(v.value) ?? 'null');
    case 'enum':
      return v.name;
    case 'raw':
      return v.text;
    case 'list':
      return `[${v.items.map(renderLiteral).join(', ')}]`;
    case 'object':
      return `{ ${v.fields.map(([k, x]) => `${k}: ${renderLiteral(x)}`).join(', ')} }`;
  }
}

function toJson(v: Value): unknown {
  switch (v.kind) {
    case 'json':
      return v.value;
    case 'enum':
      return v.name;
    case 'raw':
      return v.text;
    case 'list':
      return v.items.map(toJson);
    case 'object':
      return Object.fromEntries(v.fields.map(([k, x]) => [k, toJson(x)]));
  }
}

const IDENTIFIER = fc.stringMatching(/^[_a-zA-Z][_a-zA-Z0-9]{0,8}$/);

/**
 * Builds one random operation from the schema, drawing every choice from fast-check. A
 * "tame" document is valid GraphQL whose argument values are adversarial within their
 * types, so it reaches the resolvers and Neo4j; a "wild" one also breaks the rules (wrong
 * types, unknown names, nulls for non-nulls, bad directives) to exercise validation.
 */
class DocumentBuilder {
  private readonly variables: Array<{ name: string; type: string; value: unknown }> = [];
  private readonly fragments: string[] = [];
  private readonly wild: boolean;
  private aliases = 0;

  constructor(
    private readonly g: fc.GeneratorValue,
    private readonly schema: GraphQLSchema,
    private readonly useVariables: boolean,
  ) {
    this.wild = g(fc.integer, { min: 0, max: 99 }) < 25;
  }

  private chance(percent: number): boolean {
    return this.g(fc.integer, { min: 0, max: 99 }) < percent;
  }

  /** A chance to break the rules, taken only in wild documents. */
  private oops(percent: number): boolean {
    return this.wild && this.chance(percent);
  }

  private pick<T>(items: readonly T[]): T {
    return items[this.g(fc.integer, { min: 0, max: items.length - 1 })]!;
  }

  /** Adversarial text; in tame documents written as literals, only what GraphQL can spell. */
  private string(literal = false): string {
    return this.g(() => (literal && !this.wild ? literalString : anyString));
  }

  private scalarValue(name: string, literal: boolean): Value {
    if (this.oops(5)) return { kind: 'json', value: this.g(fc.jsonValue, { maxDepth: 1 }) };
    switch (name) {
      case 'ID':
        if (this.oops(10)) return { kind: 'json', value: this.g(fc.integer) };
        return { kind: 'json', value: this.chance(50) ? this.pick(VALID_IDS) : this.chance(50) ? this.pick(MALFORMED_IDS) : this.string(literal) };
      case 'String':
        return { kind: 'json', value: this.string(literal) };
      case 'Int':
        if (literal && this.oops(30)) return { kind: 'raw', text: this.pick(RAW_NUMBER_LITERALS) };
        if (!literal && this.oops(40)) return { kind: 'json', value: this.pick(JSON_NUMBERS) };
        return { kind: 'json', value: this.chance(60) ? this.g(fc.integer, { min: 0, max: 6 }) : this.pick(INTS) };
      case 'Float':
        if (literal && this.oops(30)) return { kind: 'raw', text: this.pick(RAW_NUMBER_LITERALS) };
        if (!literal && this.oops(40)) return { kind: 'json', value: this.pick(JSON_NUMBERS) };
        return { kind: 'json', value: this.g(fc.double, { noNaN: true, noDefaultInfinity: true }) };
      case 'Boolean':
        return { kind: 'json', value: this.oops(20) ? this.pick<unknown>(['true', 0, 1]) : this.chance(50) };
      case 'Date':
        return { kind: 'json', value: this.oops(30) ? this.pick([...DATES, this.string(literal)]) : this.pick(DATES.slice(0, 4)) };
      default:
        return { kind: 'json', value: this.string(literal) };
    }
  }

  /** A value for `type`, of the right shape in tame documents. */
  value(type: GraphQLInputType, depth: number, literal: boolean): Value {
    if (isNonNullType(type)) return this.oops(5) ? { kind: 'json', value: null } : this.value(type.ofType, depth, literal);
    if (this.chance(4)) return { kind: 'json', value: null };
    if (isListType(type)) {
      if (this.chance(10)) return this.value(type.ofType, depth, literal); // a bare item is coerced to a list
      const n = this.g(fc.integer, { min: 0, max: 3 });
      return { kind: 'list', items: Array.from({ length: n }, () => this.value(type.ofType, depth + 1, literal)) };
    }
    if (isEnumType(type)) {
      if (this.oops(30)) return this.chance(50) ? { kind: 'enum', name: this.g(() => IDENTIFIER) } : { kind: 'json', value: this.string() };
      return { kind: 'enum', name: this.pick(type.getValues().map((v) => v.name)) };
    }
    if (isInputObjectType(type)) return this.inputObject(type.name, depth, literal);
    return this.scalarValue(type.name, literal);
  }

  private inputObject(typeName: string, depth: number, literal: boolean): Value {
    const type = this.schema.getType(typeName);
    if (!isInputObjectType(type)) return { kind: 'json', value: null };
    const fields = Object.values(type.getFields());
    // Now and then a long NOT/AND chain, past the filter nesting limit.
    if (fields.some((f) => f.name === 'NOT') && this.chance(8)) {
      let inner: Value = { kind: 'object', fields: [['id', { kind: 'json', value: this.pick(VALID_IDS) }]] };
      const levels = this.g(fc.integer, { min: 1, max: 12 });
      for (let i = 0; i < levels; i++) inner = { kind: 'object', fields: [[i % 2 ? 'NOT' : 'AND', i % 2 ? inner : { kind: 'list', items: [inner] }]] };
      return inner;
    }
    const n = this.g(fc.integer, { min: depth > 3 ? 0 : 1, max: depth > 3 ? 1 : 3 });
    const chosen = new Map<string, Value>();
    for (let i = 0; i < n; i++) {
      if (this.oops(8)) {
        chosen.set(
          this.g(() => IDENTIFIER),
          { kind: 'json', value: this.string() },
        );
        continue;
      }
      const f = this.pick(fields);
      if (depth > 5 && isInputObjectType(getNamedType(f.type))) continue;
      chosen.set(f.name, this.value(f.type, depth + 1, literal));
    }
    // Orders need their required `field`.
    for (const f of fields) if (isNonNullType(f.type) && !chosen.has(f.name) && !this.oops(10)) chosen.set(f.name, this.value(f.type, depth + 1, literal));
    return { kind: 'object', fields: [...chosen] };
  }

  private argument(arg: GraphQLArgument): string {
    const literal = !this.useVariables || this.chance(30);
    const v: Value = arg.name === 'after' && this.chance(70) ? { kind: 'json', value: this.g(() => forgedCursor) } : this.value(arg.type, 0, literal);
    if (literal) return `${arg.name}: ${renderLiteral(v)}`;
    const name = `v${this.variables.length}`;
    const declared = this.oops(20) ? this.pick(['String', 'Int', 'ID!', '[ID!]!', 'Boolean', 'ZoneWhere', 'Nope', 'Date']) : String(arg.type);
    this.variables.push({ name, type: declared, value: toJson(v) });
    return `${arg.name}: $${name}`;
  }

  private field(field: GraphQLField<unknown, unknown>, depth: number): string {
    const args = field.args.filter((a) => (isNonNullType(a.type) ? !this.oops(5) : this.chance(50))).map((a) => this.argument(a));
    if (this.oops(5)) args.push(`${this.g(() => IDENTIFIER)}: 1`);
    // Every field gets its own alias in tame documents, so fields with different arguments never conflict.
    const alias = this.oops(20) ? `${this.chance(80) ? this.g(() => IDENTIFIER) : '1bad'}: ` : `a${this.aliases++}: `;
    const named = getNamedType(field.type);
    const selection = isLeafType(named) ? (this.oops(4) ? ' { id }' : '') : ` ${this.selectionSet(named, depth + 1)}`;
    const directive = this.oops(8)
      ? this.pick([' @skip(if: $nope)', ' @deprecated', ' @nope', ' @include(if: "yes")'])
      : this.chance(4)
        ? this.pick([' @include(if: true)', ' @skip(if: false)', ' @skip(if: true)'])
        : '';
    return `${alias}${field.name}${args.length ? `(${args.join(', ')})` : ''}${directive}${selection}`;
  }

  selectionSet(type: GraphQLNamedType, depth: number): string {
    const parts: string[] = [];
    // Tame documents stay within the depth limit (10); wild ones may go past it.
    const maxDepth = this.wild ? 13 : 7;
    if (isObjectType(type) || isInterfaceType(type)) {
      const fields = Object.values(type.getFields());
      const budget = depth >= maxDepth ? 0 : depth > 3 && !this.chance(20) ? 1 : this.g(fc.integer, { min: 1, max: 3 });
      for (let i = 0; i < budget; i++) {
        const f = this.pick(fields);
        const leaf = isLeafType(getNamedType(f.type));
        if (leaf || depth + 1 < maxDepth) parts.push(this.field(f, depth));
      }
      if (parts.length === 0) parts.push('__typename');
    }
    if (isInterfaceType(type) || isUnionType(type)) {
      const possible = this.schema.getPossibleTypes(type);
      const n = this.g(fc.integer, { min: 0, max: 2 });
      for (let i = 0; i < n; i++) {
        const t = this.pick(possible);
        if (this.chance(30)) {
          const name = `F${this.fragments.length}`;
          this.fragments.push(`fragment ${name} on ${t.name} ${this.selectionSet(t, depth)}`);
          parts.push(`...${name}`);
        } else parts.push(`... on ${t.name} ${this.selectionSet(t, depth)}`);
      }
      if (parts.length === 0) parts.push('__typename');
    }
    if (this.oops(4)) parts.push(this.g(() => IDENTIFIER));
    return `{ ${parts.join(' ')} }`;
  }

  operation(): { query: string; variables?: Record<string, unknown> } {
    const mutation = this.schema.getMutationType();
    const useMutation = mutation !== null && mutation !== undefined && this.chance(6);
    const root = useMutation ? mutation : this.schema.getQueryType()!;
    const fields = Object.values(root.getFields());
    const n = this.g(fc.integer, { min: 1, max: 3 });
    const selections = Array.from({ length: n }, () => this.field(this.pick(fields), 1));
    // `subscription` is left to its own test below: the schema has none, and the answer is known.
    const keyword = useMutation || this.oops(5) ? 'mutation' : 'query';
    const varDefs = this.variables.map((v) => `$${v.name}: ${v.type}`).join(', ');
    const name = this.chance(30) ? ` ${this.g(() => IDENTIFIER)}` : '';
    const query = [`${keyword}${name}${varDefs ? `(${varDefs})` : ''} { ${selections.join(' ')} }`, ...this.fragments].join('\n');
    if (!this.variables.length) return { query };
    const variables = Object.fromEntries(this.variables.map((v) => [v.name, v.value]));
    if (this.oops(5)) variables[this.g(() => IDENTIFIER)] = this.string();
    return { query, variables };
  }
}

// ---- HTTP and the properties checked on every response ----------------------------------

let app: RunningApp;
let schema: GraphQLSchema;
let before: Awaited<ReturnType<typeof graphChecksum>>;

interface Sent {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  search?: string;
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(req: Sent): Promise<Answer> {
  const res = await fetch(app.url + (req.search ?? ''), {
    method: req.method ?? 'POST',
    headers: req.headers ?? { 'content-type': 'application/json' },
    body: req.body,
    // A hung server fails the run instead of stalling it.
    signal: AbortSignal.timeout(30_000),
  });
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text: await res.text() };
}

type ErrorShape = { message?: unknown; extensions?: { code?: unknown } };

/** Throws, with the request to replay, when a response breaks one of the properties. */
function checkAnswer(req: Sent, a: Answer): void {
  // A declared function (not an arrow in a const), so TypeScript narrows after a call to it.
  function fail(why: string): never {
    throw new Error(`${why}\nrequest: ${JSON.stringify(req).slice(0, 4000)}\nresponse ${a.status}: ${a.text.slice(0, 1500)}`);
  }
  if (!a.contentType.includes('application/json')) fail(`content-type ${a.contentType}`);
  let body: unknown;
  try {
    body = JSON.parse(a.text);
  } catch {
    fail('the body is not JSON');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) fail('the body is not a JSON object');
  const errors = (body as { errors?: unknown }).errors;
  // Every allowed code names a client's mistake, and Neo4j is up: a 5xx is the server's fault.
  if (a.status >= 500) fail(`HTTP ${a.status}`);
  if (errors === undefined) {
    if (a.status === 200 && !('data' in body)) fail('200 without data or errors');
    return;
  }
  if (!Array.isArray(errors) || errors.length === 0) fail('`errors` is not a non-empty list');
  for (const e of errors as ErrorShape[]) {
    const code = e.extensions?.code;
    if (typeof code !== 'string') fail('an error without extensions.code');
    if (!ALLOWED_CODES.has(code as string)) fail(`error code ${String(code)}`);
  }
}

async function sendAndCheck(req: Sent): Promise<void> {
  checkAnswer(req, await send(req));
}

const postJson = (payload: unknown): Sent => ({ body: JSON.stringify(payload) });

beforeAll(async () => {
  schema = buildSchema(loadTypeDefs());
  before = await graphChecksum();
  app = await startTestApp();
});
afterAll(() => app?.stop());

describe('fuzzing the HTTP API', () => {
  // No shrinking: each failure message carries the whole request to replay, and shrinking a
  // document costs hundreds of requests on a shared machine.
  const runs = (share: number) => ({ seed: SEED, numRuns: Math.max(1, Math.round(RUNS * share)), endOnFailure: true, plugins: [fc.interruptAfterTimeLimit(40_000)] });

  it('answers schema-shaped documents with adversarial literal arguments', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const op = new DocumentBuilder(g, schema, false).operation();
        await sendAndCheck(postJson(op));
      }),
      runs(1),
    );
  });

  it('answers schema-shaped documents with adversarial variables, declared right or wrong', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const op = new DocumentBuilder(g, schema, true).operation();
        await sendAndCheck(postJson(op));
      }),
      runs(1),
    );
  });

  it('answers broken documents: truncated, spliced, token soup, random names', async () => {
    const TOKENS = [
      '{',
      '}',
      '(',
      ')',
      '[',
      ']',
      ':',
      '!',
      '$v',
      '@include',
      '...',
      'on',
      'query',
      'mutation',
      'fragment',
      'F',
      'zone',
      'zones',
      'id',
      'search',
      'where',
      'first',
      '"x"',
      '"""',
      '#',
      ',',
      '=',
      '|',
      '&',
      '1',
      '-1',
      'null',
      'true',
      'Zone',
      'Node',
      '__typename',
      '__schema',
      'nodes',
      'edges',
    ];
    const soup = fc
      .array(
        fc.oneof(
          fc.constantFrom(...TOKENS),
          IDENTIFIER,
          anyString.map((s) => JSON.stringify(s)),
        ),
        { maxLength: 40 },
      )
      .map((t) => t.join(' '));
    const INSERTS = ['', '}', '{', '(', '"', '...', '$', '@', '\u0000', '\ud800', '`', "'", ') MATCH (n) DETACH DELETE n //'];
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        let op: { query: string; variables?: Record<string, unknown> };
        if (g(fc.boolean)) op = { query: g(() => soup) };
        else {
          // A schema-shaped document, truncated and with something spliced in.
          const { query, variables } = new DocumentBuilder(g, schema, g(fc.boolean)).operation();
          const kept = query.slice(0, query.length - g(fc.integer, { min: 0, max: Math.floor(query.length / 2) }));
          const at = g(fc.integer, { min: 0, max: kept.length });
          op = { query: kept.slice(0, at) + g(fc.constantFrom, ...INSERTS) + kept.slice(at), variables };
        }
        await sendAndCheck(postJson(op));
      }),
      runs(1),
    );
  });

  it('answers odd HTTP requests: bodies, methods, content types, operation names, extensions', async () => {
    const body = fc.oneof(
      fc.constantFrom('', 'null', '[]', '{}', '"x"', '1', 'NaN', '{"query":', '{"query":"{ graphStats { nodeCount } }"', '[{"query":"{ graphStats { nodeCount } }"}]'),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc
        .record(
          {
            query: fc.oneof(
              fc.constantFrom('{ graphStats { nodeCount } }', 'query A { graphStats { nodeCount } } query B { __typename }', '{ zone(id: "zone:shanghai") { id } }'),
              anyString,
              fc.jsonValue({ maxDepth: 1 }),
            ),
            variables: fc.oneof(fc.jsonValue({ maxDepth: 2 }), anyString),
            operationName: fc.oneof(fc.constantFrom('A', 'B', 'C', null), anyString, fc.integer()),
            // A persisted-query hash that does not match has its own test below.
            extensions: fc.jsonValue({ maxDepth: 2 }),
          },
          { requiredKeys: [] },
        )
        .map((r) => JSON.stringify(r)),
      anyString,
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      '',
    );
    const request = fc.oneof(
      fc.record({ method: fc.constant('POST'), body, headers: contentType.map((ct) => (ct ? { 'content-type': ct } : ({} as Record<string, string>))) }),
      fc.record({
        method: fc.constantFrom('GET', 'DELETE', 'PUT', 'OPTIONS'),
        headers: fc.constantFrom<Record<string, string>>({}, { 'apollo-require-preflight': 'true' }, { 'content-type': 'application/json' }),
        search: fc
          .record(
            {
              query: fc.oneof(anyString, fc.constant('{ graphStats { nodeCount } }')),
              variables: fc.oneof(
                anyString,
                fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
              ),
            },
            { requiredKeys: [] },
          )
          .map((p) => `?${new URLSearchParams(Object.entries(p).filter((e): e is [string, string] => typeof e[1] === 'string')).toString()}`),
      }),
    );
    await fc.assert(
      fc.asyncProperty(request, async (req) => {
        await sendAndCheck(req);
      }),
      runs(0.6),
    );
  });

  it.each([
    ['a fragment cycle', () => ({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' })],
    [
      'a where nested 5,000 levels deep in variables',
      () => ({ raw: `{"query":"query($w: ZoneWhere) { zones(where: $w) { totalCount } }","variables":{"w":${'{"NOT":'.repeat(5000)}{"id":"zone:x"}${'}'.repeat(5000)}}}` }),
    ],
    [
      'a list nested 100,000 levels deep in variables',
      () => ({ raw: `{"query":"query($l: [String!]) { zones(where: { nameEn_in: $l }) { totalCount } }","variables":{"l":${'['.repeat(100_000)}${']'.repeat(100_000)}}}` }),
    ],
    ['selections nested 300 levels deep', () => ({ query: `{ zone(id: "zone:shanghai") { ${'areas { nodes { zone { '.repeat(100)}id${' } } }'.repeat(100)} } }` })],
    ['100 aliases of a lookup', () => ({ query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: zone(id: "zone:shanghai") { id }`).join(' ')} }` })],
    ['a 900 kB string argument', () => ({ query: 'query($t: String!) { search(text: $t) { score } }', variables: { t: '上'.repeat(300_000) } })],
    ['a subscription (the schema has none)', () => ({ query: 'subscription { graphStats { nodeCount } }' })],
    ['a persisted-query hash that does not match the query', () => ({ query: '{ graphStats { nodeCount } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } })],
    ['a page size of 1e308 in variables', () => ({ query: 'query($n: Int) { zones(first: $n) { totalCount } }', variables: { n: 1e308 } })],
  ])('answers %s promptly, with an allowed code', async (_what, build) => {
    const built = build() as { query?: string; variables?: Record<string, unknown>; extensions?: unknown; raw?: string };
    const req: Sent = { body: built.raw ?? JSON.stringify({ query: built.query, variables: built.variables, extensions: built.extensions }) };
    expect(() => JSON.parse(req.body!), 'the fixture is valid JSON').not.toThrow();
    const started = Date.now();
    const answer = await send(req);
    expect(Date.now() - started, 'answered within 3 s').toBeLessThan(3_000);
    checkAnswer(req, answer);
  });

  it("refuses a query over the cost limit with a 4xx, not a 5xx (a refusal is the client's error)", async () => {
    // Expensive by what the graph holds (cost counts lists by the data since issue 9): 23 zones × 8 documents × 22 zones × 8 documents, four times.
    const documents = 'documents(first: 100) { nodes { zones(first: 100) { nodes { documents(first: 100) { nodes { id } } } } } }';
    const req = postJson({ query: `{ ${['a', 'b', 'c', 'd'].map((a) => `${a}: zones(first: 100) { nodes { ${documents} } }`).join(' ')} }` });
    const answer = await send(req);
    checkAnswer(req, answer);
    expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('LIMIT_EXCEEDED');
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
  });

  it('charges a fragment bomb without expanding it: as fast as a fragment chain of the same size', async () => {
    // 24 fragments that each spread the next once (cost 1), or twice (2^24 fields once
    // expanded): the same 24 definitions to parse and validate, about 200 tokens either way.
    const fragments = (spreads: number) =>
      `{ ...F0 }\n${Array.from(
        { length: 24 },
        (_, i) =>
          `fragment F${i} on Query { ${Array(spreads)
            .fill(`...F${i + 1}`)
            .join(' ')} }`,
      ).join('\n')}\nfragment F24 on Query { __typename }`;
    const timed = async (query: string) => {
      const req = postJson({ query });
      const started = Date.now();
      const answer = await send(req);
      checkAnswer(req, answer);
      return Date.now() - started;
    };
    const chainMs = await timed(fragments(1));
    const bombMs = await timed(fragments(2));
    expect(bombMs, `bomb ${bombMs} ms vs chain ${chainMs} ms`).toBeLessThan(chainMs + 400);
  });

  it('is still alive and has changed nothing in the graph', async () => {
    const health = await fetch(app.url.replace(/\/graphql$/, '/healthz'));
    expect(health.status).toBe(200);
    const after = await graphChecksum();
    expect(after).toEqual(before);
  });
});
