// The floor of the benchmark: node:http and neo4j-driver, one hand-written Cypher statement
// per operation (bench/floor/queries.ts), JSON out. Nothing in between: no GraphQL parse,
// validation or resolvers. Run as a child of bench/run.ts:
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4102 tsx bench/floor/server.ts
// POST /op/<operation> with the parameters as a JSON object; answers {"data": ...}.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { FLOOR_OPERATIONS } from './queries.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required');
const port = Number(process.env.PORT ?? 4102);

const driver = neo4j.driver(uri, undefined, {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50,
  notificationFilter: { minimumSeverityLevel: 'OFF' },
});

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const server = createServer(async (req, res) => {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
  };
  const name = /^\/op\/(\w+)$/.exec(req.url ?? '')?.[1];
  const op = name ? FLOOR_OPERATIONS[name] : undefined;
  if (!op) return send(404, { error: 'unknown operation' });
  try {
    const text = await readBody(req);
    const params = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    // Page sizes are integers in Cypher (LIMIT, slices); JSON numbers arrive as floats.
    for (const key of ['first']) if (typeof params[key] === 'number') params[key] = neo4j.int(params[key] as number);
    const result = await driver.executeQuery(op.cypher, params, { routing: neo4j.routing.READ });
    const values = result.records.map((r) => r.get(op.column));
    send(200, { data: op.rows ? values : (values[0] ?? null) });
  } catch (e) {
    send(500, { error: e instanceof Error ? e.message : String(e) });
  }
});

server.listen(port, '127.0.0.1', () => {
  console.log(`BENCH_READY http://127.0.0.1:${(server.address() as AddressInfo).port}/op`);
});

const stop = async () => {
  server.close();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
