import type { FastifyReply, FastifyRequest } from 'fastify';
import type { BearerAuthenticator, Credential } from '../auth/bearer.js';
import { TokenError } from '../auth/tokens.js';

declare module 'fastify' {
  interface FastifyRequest {
    credential?: Credential;
    /** Why the bearer credential was refused; answered with 401 once the rate limiter has counted the request. */
    authenticationError?: TokenError;
  }
}

type Hook = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/**
 * Authentication in two steps around the rate limiter: `identify` verifies the bearer credential
 * (JWT or API key) and remembers the outcome, the limiter counts the request against the caller
 * (or against its address when the credential failed, so floods of bad credentials are limited
 * too), then `requireCredential` answers 401 with the reason.
 */
export function createAuthentication(authenticator: BearerAuthenticator) {
  return {
    /** `isPublic`: requests of the route that need no credential (e.g. the explorer page). */
    identify(isPublic?: (request: FastifyRequest) => boolean): Hook {
      return async (request) => {
        if (isPublic?.(request)) return;
        try {
          const { scope, credential } = await authenticator.authenticate(request.headers.authorization);
          request.scope = scope;
          request.credential = credential;
        } catch (error) {
          if (!(error instanceof TokenError)) throw error;
          request.authenticationError = error;
        }
      };
    },

    requireCredential: (async (request, reply) => {
      const error = request.authenticationError;
      if (!error) return;
      return reply
        .code(401)
        .header('www-authenticate', `Bearer error="invalid_token", error_description="${error.reason.toLowerCase()}"`)
        .type('application/json; charset=utf-8')
        .send({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED', reason: error.reason } }] });
    }) as Hook,
  };
}
