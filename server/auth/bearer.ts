import { looksLikeApiKey, type ApiKeyVerifier } from './api-keys.js';
import type { Scope } from './scope.js';
import type { TokenVerifier } from './tokens.js';

/** What proved the caller's identity: a signed token (JWT) or an API key. */
export type Credential = 'TOKEN' | 'API_KEY';

export interface Authenticated {
  scope: Scope;
  credential: Credential;
}

/** Verifies `Authorization: Bearer …`; throws TokenError (a 401 with a reason) when refused. */
export interface BearerAuthenticator {
  authenticate(authorization: string | undefined): Promise<Authenticated>;
}

/** An API key when the bearer value has a key's shape, a JWT otherwise (including missing or malformed headers). */
export function createBearerAuthenticator(options: { tokens: TokenVerifier; apiKeys: ApiKeyVerifier }): BearerAuthenticator {
  const { tokens, apiKeys } = options;
  return {
    async authenticate(authorization) {
      const bearer = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
      if (bearer && looksLikeApiKey(bearer)) return { scope: await apiKeys.verify(bearer), credential: 'API_KEY' };
      return { scope: await tokens.verify(authorization), credential: 'TOKEN' };
    },
  };
}
