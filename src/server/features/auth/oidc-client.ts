import * as client from 'openid-client';
import type { OidcSettings } from '../../platform/env.ts';

const configurations = new Map<string, Promise<client.Configuration>>();

/** Plain HTTP is accepted only for a provider on this machine (tests, a local gateway). */
function isLoopbackHttp(url: URL): boolean {
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * The client configuration of the provider, from its discovery document (fetched once per process
 * and kept; a failed discovery is forgotten, so the next sign-in tries again).
 */
export function oidcConfiguration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer}|${settings.clientId}`;
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(settings.issuer);
    const auth = settings.clientSecret ? client.ClientSecretBasic(settings.clientSecret) : client.None();
    found = client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret,
      auth,
      isLoopbackHttp(issuer) ? { execute: [client.allowInsecureRequests] } : {},
    );
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found;
}

export { client as openidClient };
