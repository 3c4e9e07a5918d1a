// `npm run token -- <command>`: issues, lists and revokes API tokens in the configured
// Neo4j (NEO4J_URI, or the local one, which must not be running in another process).
//   create --name <name> --role reader|curator|admin   prints the token once
//   revoke <token id>
//   list                                             ids, names, roles, dates; never hashes
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ensureAuditSchema } from '../graph/audit.js';
import { Executor } from '../graph/executor.js';
import { createApiToken, ensureTokenSchema, isRole, listApiTokens, revokeApiToken, ROLES, type Role } from '../graph/tokens.js';
import { connectNeo4j, type Neo4jHandle } from '../neo4j/connect.js';

const USAGE = `Usage:
  npm run token -- create --name <name> --role <${ROLES.join('|')}>
  npm run token -- revoke <token id>
  npm run token -- list`;

type Command = { kind: 'create'; name: string; role: Role } | { kind: 'revoke'; id: string } | { kind: 'list' };

class UsageError extends Error {}
/** A command that ran but could not do what was asked (exit 1, no usage text). */
class CommandError extends Error {}

/** Parses the arguments before anything connects, so a typo does not start a local Neo4j. */
function parseCommand(argv: string[]): Command {
  const readArgs = () => parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, role: { type: 'string' } } });
  let parsed: ReturnType<typeof readArgs>;
  try {
    parsed = readArgs();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { positionals, values } = parsed;
  const [command, ...rest] = positionals;
  switch (command) {
    case 'create': {
      const name = values.name?.trim();
      if (!name) throw new UsageError('create needs --name <name>.');
      if (!isRole(values.role)) throw new UsageError(`create needs --role, one of ${ROLES.join(', ')} (there is no default).`);
      return { kind: 'create', name, role: values.role };
    }
    case 'revoke':
      if (rest.length !== 1) throw new UsageError('revoke needs exactly one token id (see `list`).');
      return { kind: 'revoke', id: rest[0]! };
    case 'list':
      return { kind: 'list' };
    default:
      throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  }
}

async function runCommand(executor: Executor, command: Command): Promise<void> {
  switch (command.kind) {
    case 'create': {
      // Tokens come before any write, so this is where curation's constraints are set up.
      await ensureTokenSchema(executor);
      await ensureAuditSchema(executor);
      const { token, record } = await createApiToken(executor, command);
      console.error(`Created token ${record.id} for "${record.name}" with the ${record.role} role. It is shown only now; store it:`);
      console.log(token);
      return;
    }
    case 'revoke': {
      const record = await revokeApiToken(executor, command.id);
      if (!record) throw new CommandError(`No token has the id ${command.id}; nothing revoked.`);
      console.log(`Revoked ${record.id} ("${record.name}", ${record.role}) at ${record.revokedAt}.`);
      return;
    }
    case 'list': {
      const tokens = await listApiTokens(executor);
      if (tokens.length === 0) console.log('No tokens.');
      for (const t of tokens) console.log([t.id, t.role.padEnd(7), t.createdAt, t.revokedAt ? `revoked ${t.revokedAt}` : 'live', t.name].join('  '));
      return;
    }
  }
}

let exitCode = 0;
let neo4j: Neo4jHandle | undefined;
try {
  const command = parseCommand(process.argv.slice(2));
  const config = loadConfig();
  neo4j = await connectNeo4j(config.neo4j, (line) => console.error(line));
  await runCommand(new Executor(neo4j.driver, { database: config.neo4j.database, timeoutMs: 30_000 }), command);
} catch (e) {
  exitCode = e instanceof UsageError ? 2 : 1;
  console.error(e instanceof UsageError ? `${e.message}\n${USAGE}` : e instanceof CommandError ? e.message : e);
} finally {
  await neo4j?.close();
}
process.exit(exitCode);
