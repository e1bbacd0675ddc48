// API keys for BI tools: `bpm_<prefix>_<secret>`, scoped like a BI_READER token (a province or one
// tenant), sent as `Authorization: Bearer <key>`. The database keeps the prefix and a hash of the
// key (migration 0011); the plain key is shown once, when it is created.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { validateScope, type Scope } from './scope.js';
import { TokenError } from './tokens.js';

const PREFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';
const PREFIX_LENGTH = 8;
/** 32 random bytes, base64url: 43 characters, 256 bits. */
const SECRET_BYTES = 32;
const API_KEY_SHAPE = /^(bpm_[a-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** JWTs start with "eyJ" (a base64url JSON header), so a bearer value starting with bpm_ is a key. */
export function looksLikeApiKey(bearer: string): boolean {
  return bearer.startsWith('bpm_');
}

/** sha256 of the whole key, hex: the secret is 256 random bits, so a fast hash loses nothing. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export interface NewApiKey {
  /** The whole key, to hand to the user once. */
  key: string;
  /** `bpm_` and 8 letters or digits: stored in clear, shown in lists. */
  prefix: string;
  hash: string;
}

export function generateApiKey(): NewApiKey {
  const prefix = 'bpm_' + Array.from({ length: PREFIX_LENGTH }, () => PREFIX_ALPHABET[randomInt(PREFIX_ALPHABET.length)]).join('');
  const key = `${prefix}_${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { key, prefix, hash: hashApiKey(key) };
}

const ASK_FOR_A_KEY = 'Ask a PROVINCE_ADMIN or COUNTY_ADMIN for a key (createApiKey, or npm run api-key).';

/** The scope an API key grants: a BI_READER of a province or of one tenant. */
export interface ApiKeyVerifier {
  verify(key: string): Promise<Scope>;
}

interface AuthenticatedKeyRow {
  key_id: string;
  province_code: string;
  tenant_code: string | null;
  key_revoked_at: Date | string | null;
}

/**
 * Verifies keys through app.authenticate_api_key (one indexed read; it records the use). Verified
 * keys are trusted for `cacheSeconds` without asking again, so a revocation reaches this process
 * within that time; 0 asks the database on every request. Unknown and revoked keys are never cached.
 */
export function createApiKeyVerifier(options: {
  query: (sql: string, params: unknown[]) => Promise<AuthenticatedKeyRow[]>;
  cacheSeconds: number;
  /** Entries kept at most; the oldest go first. */
  cacheSize?: number;
}): ApiKeyVerifier {
  const { query, cacheSeconds, cacheSize = 10_000 } = options;
  const cache = new Map<string, { scope: Scope; expiresAt: number }>();

  return {
    async verify(key) {
      const match = API_KEY_SHAPE.exec(key);
      if (!match) {
        throw new TokenError('MALFORMED', `Malformed API key: expected bpm_<8 letters or digits>_<43 characters>, as printed when the key was created. ${ASK_FOR_A_KEY}`);
      }
      const hash = hashApiKey(key);
      const cached = cache.get(hash);
      if (cached && cached.expiresAt > Date.now()) return cached.scope;
      cache.delete(hash);

      const [row] = await query('select * from app.authenticate_api_key(?, ?)', [match[1], hash]);
      if (!row) throw new TokenError('INVALID', `Unknown API key ${match[1]}: no such key, or the secret part is wrong. ${ASK_FOR_A_KEY}`);
      if (row.key_revoked_at) {
        const revokedAt = new Date(row.key_revoked_at).toISOString();
        throw new TokenError('REVOKED', `API key ${match[1]} was revoked at ${revokedAt}. ${ASK_FOR_A_KEY}`);
      }
      const scope = validateScope({
        subject: `api-key:${match[1]}`,
        role: 'BI_READER',
        ...(row.tenant_code ? { tenant: row.tenant_code } : { province: row.province_code }),
      });
      if (cacheSeconds > 0) {
        if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
        cache.set(hash, { scope, expiresAt: Date.now() + cacheSeconds * 1000 });
      }
      return scope;
    },
  };
}
