// Who is calling: resolves `Authorization: Bearer <token>` to a principal and checks its
// role. Reads need no token; only operations that call `requireRole` look at the header.
//
// Lookups are cached per request (one Neo4j read however many fields ask), and successful
// ones also per process for TOKEN_CACHE_TTL_MS, so a burst of writes does not read the
// token each time. The price: a revoked token keeps working in a process that used it
// within the last TOKEN_CACHE_TTL_MS. Failures are never cached, so a new token works at once.
import { ForbiddenError, UnauthenticatedError } from '../errors.js';
import { findLiveTokenByHash, hashToken, ROLES, TOKEN_PATTERN, type Role } from '../graph/tokens.js';
import type { GraphQLContext } from '../graphql/context.js';

/** The caller behind a valid token. */
export interface Principal {
  tokenId: string;
  tokenName: string;
  role: Role;
}

/** How long a successful lookup is trusted in this process; revocation takes effect within it. */
export const TOKEN_CACHE_TTL_MS = 5_000;

const processCache = new Map<string, { principal: Principal; expiresAt: number }>();
const requestCache = new WeakMap<GraphQLContext, Promise<Principal>>();

/** The bearer token in an Authorization header; UNAUTHENTICATED when absent or malformed. */
export function readBearerToken(header: string | null): string {
  if (!header || header.trim() === '') throw new UnauthenticatedError();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (!match || !TOKEN_PATTERN.test(match[1]!))
    throw new UnauthenticatedError('The Authorization header must be `Bearer <token>` with a token issued by `npm run token -- create`.');
  return match[1]!;
}

async function lookUpPrincipal(ctx: GraphQLContext): Promise<Principal> {
  const hash = hashToken(readBearerToken(ctx.authorization));
  const cached = processCache.get(hash);
  if (cached && cached.expiresAt > Date.now()) return cached.principal;
  processCache.delete(hash);
  const token = await findLiveTokenByHash(ctx.executor, hash);
  if (!token) throw new UnauthenticatedError('The token is unknown or has been revoked.');
  const principal: Principal = { tokenId: token.id, tokenName: token.name, role: token.role };
  processCache.set(hash, { principal, expiresAt: Date.now() + TOKEN_CACHE_TTL_MS });
  return principal;
}

/** The request's principal (looked up once per request); UNAUTHENTICATED without a live token. */
export function authenticate(ctx: GraphQLContext): Promise<Principal> {
  let principal = requestCache.get(ctx);
  if (!principal) requestCache.set(ctx, (principal = lookUpPrincipal(ctx)));
  return principal;
}

/** The principal, if its role is at least `role`; FORBIDDEN when it is lower. */
export async function requireRole(ctx: GraphQLContext, role: Exclude<Role, 'reader'>): Promise<Principal> {
  const principal = await authenticate(ctx);
  if (ROLES.indexOf(principal.role) < ROLES.indexOf(role))
    throw new ForbiddenError(`This operation needs the ${role} role; the token "${principal.tokenName}" has the ${principal.role} role.`, {
      requiredRole: role,
    });
  return principal;
}
