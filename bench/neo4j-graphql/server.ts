// The @neo4j/graphql 7 server of the benchmark: the type definitions in typeDefs.graphql,
// served by Apollo Server 5 (standalone HTTP). Run as a child of bench/run.ts:
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4101 tsx bench/neo4j-graphql/server.ts
// Prints "BENCH_READY <url>" once it listens. No response cache, no auth.
import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required');
const port = Number(process.env.PORT ?? 4101);

const typeDefs = readFileSync(new URL('./typeDefs.graphql', import.meta.url), 'utf8');
const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50, notificationFilter: { minimumSeverityLevel: 'OFF' } });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
console.log(`BENCH_READY ${url}`);

const stop = async () => {
  await server.stop();
  await driver.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
