import { eq, sql } from 'drizzle-orm';
import { oidcLoginRequests, users } from '../../../db/schema/index.ts';
import { SIGN_IN_ERRORS, type SignInErrorCode } from '../../../domain/sign-in-errors.ts';
import type { Db } from '../../platform/db.ts';
import type { OidcSettings } from '../../platform/env.ts';
import { AppError } from '../../platform/errors.ts';
import { type AccountPolicy, hashToken } from '../../platform/session.ts';
import { oidcConfiguration, openidClient } from './oidc-client.ts';
import { type OpenedSession, openSession, type SignInContext } from './open-session.ts';

/** The codes an OIDC sign-in refusal carries (the login page shows their Japanese messages). */
export const OIDC_ERRORS = SIGN_IN_ERRORS;

export type OidcErrorCode = SignInErrorCode;

/** An OIDC sign-in refusal with its code (the status is for logs; the browser gets a redirect). */
export function oidcError(code: OidcErrorCode, status: 400 | 403 = 400): AppError {
  return new AppError(code, status, OIDC_ERRORS[code]);
}

/** The registered account whose login equals the claim: exactly, else the one equal ignoring case. */
async function registeredAccount(db: Db, login: string) {
  const [exact] = await db.select().from(users).where(eq(users.login, login));
  if (exact) return exact;
  const folded = await db.select().from(users).where(sql`lower(${users.login}) = lower(${login})`).limit(2);
  return folded.length === 1 ? folded[0] : undefined;
}

/**
 * Completes an OpenID Connect sign-in at the callback: the state must match the browser's cookie and
 * a pending request (used once); the code is exchanged with the PKCE verifier and the ID token
 * checked (issuer, audience, signature, nonce) by openid-client. The configured claim names the
 * DXShip login: only an account an administrator registered, and not disabled, is signed in — none is
 * ever created here.
 */
export async function completeOidcLogin(
  db: Db,
  settings: OidcSettings,
  input: { query: string; stateCookie: string | undefined } & SignInContext,
  policy: AccountPolicy,
): Promise<OpenedSession> {
  const params = new URLSearchParams(input.query);
  const state = params.get('state');
  if (!state || !input.stateCookie || state !== input.stateCookie) throw oidcError('OIDC_STATE_MISMATCH');
  const [request] = await db
    .delete(oidcLoginRequests)
    .where(eq(oidcLoginRequests.stateHash, hashToken(state)))
    .returning();
  if (!request || request.expiresAt < new Date()) throw oidcError('OIDC_STATE_MISMATCH');
  if (params.has('error')) throw oidcError('OIDC_PROVIDER_ERROR');

  const config = await oidcConfiguration(settings);
  // The redirect URI as registered (behind a proxy the request's own URL may differ), with the response.
  const currentUrl = new URL(settings.redirectUri);
  currentUrl.search = params.toString();
  const tokens = await openidClient.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: request.codeVerifier,
    expectedState: state,
    expectedNonce: request.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw oidcError('OIDC_FAILED');
  let value = claims[settings.loginClaim];
  if (value === undefined) {
    // Providers may put profile claims only in the UserInfo response.
    const info = await openidClient.fetchUserInfo(config, tokens.access_token, claims.sub);
    value = info[settings.loginClaim];
  }
  if (typeof value !== 'string' || value.trim() === '') throw oidcError('OIDC_NO_LOGIN_CLAIM');

  const user = await registeredAccount(db, value.trim());
  if (!user) throw oidcError('OIDC_ACCOUNT_NOT_REGISTERED', 403);
  if (user.disabled) throw oidcError('OIDC_ACCOUNT_DISABLED', 403);
  if (user.isDemo && !policy.demoAccountsAllowed) throw oidcError('DEMO_ACCOUNT_DISABLED', 403);
  return openSession(db, user, 'oidc', input);
}
