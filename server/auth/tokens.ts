import { SignJWT, errors, jwtVerify } from 'jose';
import { validateScope, type Scope } from './scope.js';

const ISSUER = 'bpm-graphql';
const AUDIENCE = 'bpm-graphql';
const ALGORITHM = 'HS256';

/** Why a token or API key was refused; each becomes a 401 that says which. */
export class TokenError extends Error {
  constructor(
    readonly reason: 'MISSING' | 'MALFORMED' | 'INVALID' | 'EXPIRED' | 'REVOKED',
    message: string,
  ) {
    super(message);
  }
}

const HOW_TO_GET_ONE = 'Get one with: npm run token -- --role COUNTY_ADMIN --tenant 370406';

/**
 * Verifies bearer tokens. HS256 with a shared secret today; an RS256/JWKS verifier can implement
 * the same interface (jose's createRemoteJWKSet) without touching callers.
 */
export interface TokenVerifier {
  verify(authorization: string | undefined): Promise<Scope>;
}

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** How many verified tokens a verifier remembers (a token is a few hundred bytes). */
export const VERIFIED_TOKEN_CACHE_SIZE = 10_000;

export function createHs256Verifier(secret: string): TokenVerifier {
  // Imported once: given the raw bytes, jose imports the HMAC key again for every token it verifies.
  const key = crypto.subtle.importKey('raw', secretKey(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
  // A token is the same bytes on every request of a session, and its signature and claims cannot
  // change, so one that verified is remembered (with its expiry) instead of being checked again: the
  // HMAC runs on libuv's thread pool and was a measurable share of a small request. A remembered
  // token is checked again in full once its expiry passes, which gives the usual EXPIRED error.
  const verified = new Map<string, { scope: Scope; expiresAt: number }>();
  const remember = (token: string, scope: Scope, exp: number | undefined) => {
    if (verified.size >= VERIFIED_TOKEN_CACHE_SIZE) verified.delete(verified.keys().next().value!);
    verified.set(token, { scope: Object.freeze(scope), expiresAt: exp === undefined ? Infinity : exp });
  };
  return {
    async verify(authorization) {
      if (!authorization) {
        throw new TokenError('MISSING', `Missing token: send "Authorization: Bearer <token>". ${HOW_TO_GET_ONE}`);
      }
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) {
        throw new TokenError('MALFORMED', 'Malformed Authorization header: expected "Bearer <token>".');
      }
      const token = match[1];
      const known = verified.get(token);
      // jose's rule: expired once exp <= now, in whole seconds.
      if (known && known.expiresAt > Math.floor(Date.now() / 1000)) return known.scope;
      if (known) verified.delete(token);
      try {
        const { payload } = await jwtVerify(token, await key, { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] });
        const scope = validateScope({ ...payload, subject: payload.sub });
        remember(token, scope, payload.exp);
        return scope;
      } catch (error) {
        if (error instanceof errors.JWTExpired) {
          const expiredAt = typeof error.payload.exp === 'number' ? new Date(error.payload.exp * 1000).toISOString() : 'an earlier time';
          throw new TokenError('EXPIRED', `Token expired at ${expiredAt}. ${HOW_TO_GET_ONE}`);
        }
        if (error instanceof TokenError) throw error;
        const detail = error instanceof errors.JOSEError ? error.message : (error as Error).message;
        throw new TokenError('INVALID', `Invalid token: ${detail}. ${HOW_TO_GET_ONE}`);
      }
    },
  };
}

/** Parses a lifetime such as 3600, 90s, 30m, 12h or 7d into seconds. */
export function parseTtl(ttl: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(ttl.trim());
  if (!match || Number(match[1]) <= 0) throw new Error(`--ttl must be a positive duration such as 3600, 30m, 12h or 7d; got "${ttl}"`);
  const unit = { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[match[2] as '' | 's' | 'm' | 'h' | 'd'];
  return Number(match[1]) * unit;
}

export async function signToken(scope: Scope, options: { secret: string; ttlSeconds: number }): Promise<string> {
  const claims: Record<string, string> = { role: scope.role };
  if (scope.province) claims.province = scope.province;
  if (scope.tenant) claims.tenant = scope.tenant;
  if (scope.department) claims.department = scope.department;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(scope.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + options.ttlSeconds)
    .sign(secretKey(options.secret));
}
