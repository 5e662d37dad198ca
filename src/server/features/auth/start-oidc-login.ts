import { lt } from 'drizzle-orm';
import { oidcLoginRequests } from '../../../db/schema/index.ts';
import type { Db } from '../../platform/db.ts';
import type { OidcSettings } from '../../platform/env.ts';
import { AppError } from '../../platform/errors.ts';
import { hashToken } from '../../platform/session.ts';
import { oidcConfiguration, openidClient } from './oidc-client.ts';

/** How long a sign-in at the provider may take. */
export const OIDC_REQUEST_MINUTES = 10;

/**
 * Starts an authorization-code sign-in with PKCE (S256), state and nonce: the verifier and nonce are
 * kept server-side under the state's hash; the state also goes into a short-lived cookie, so the
 * callback is accepted only in the browser that started it. Returns the provider's authorization URL.
 */
export async function startOidcLogin(db: Db, settings: OidcSettings): Promise<{ url: URL; state: string }> {
  const config = await oidcConfiguration(settings).catch(() => {
    throw new AppError(
      'OIDC_UNAVAILABLE',
      503,
      'シングルサインオンの認証サーバーに接続できません。',
      undefined,
      {
        'Retry-After': '30',
      },
    );
  });
  const codeVerifier = openidClient.randomPKCECodeVerifier();
  const state = openidClient.randomState();
  const nonce = openidClient.randomNonce();
  await db.delete(oidcLoginRequests).where(lt(oidcLoginRequests.expiresAt, new Date()));
  await db.insert(oidcLoginRequests).values({
    stateHash: hashToken(state),
    codeVerifier,
    nonce,
    expiresAt: new Date(Date.now() + OIDC_REQUEST_MINUTES * 60_000),
  });
  const url = openidClient.buildAuthorizationUrl(config, {
    redirect_uri: settings.redirectUri,
    scope: 'openid email profile',
    code_challenge: await openidClient.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url, state };
}
