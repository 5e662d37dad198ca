import { describe, expect, it } from 'vitest';
import { isLoopbackHost, readEnv } from './env.ts';

describe('readEnv — accounts and first run', () => {
  it('listens on loopback by default, where demo accounts may sign in', () => {
    const env = readEnv({});
    expect(env.host).toBe('127.0.0.1');
    expect(env.demoAccountsAllowed).toBe(true);
    expect(env.trustProxy).toEqual({ kind: 'none' });
    expect(env.mfaRequiredRoles).toEqual([]);
    expect(env.oidc).toBeNull();
    expect(env.passwordScryptN).toBe(2 ** 17);
  });

  it('refuses demo accounts on any other address unless DXSHIP_ALLOW_DEMO=1', () => {
    expect(readEnv({ HOST: '0.0.0.0' }).demoAccountsAllowed).toBe(false);
    expect(readEnv({ HOST: '192.0.2.10' }).demoAccountsAllowed).toBe(false);
    expect(readEnv({ HOST: '0.0.0.0', DXSHIP_ALLOW_DEMO: '1' }).demoAccountsAllowed).toBe(true);
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'])
      expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1']) expect(isLoopbackHost(host)).toBe(false);
  });

  it('reads MFA_REQUIRED_ROLES, TRUST_PROXY and the OIDC settings, naming a bad variable', () => {
    const env = readEnv({
      MFA_REQUIRED_ROLES: 'admin, talent_officer',
      TRUST_PROXY: '1',
      OIDC_ISSUER: 'https://login.example.jp/tenant/v2.0',
      OIDC_CLIENT_ID: 'dxship',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REDIRECT_URI: 'https://dxship.example.jp/api/auth/oidc/callback',
    });
    expect(env.mfaRequiredRoles).toEqual(['admin', 'talent_officer']);
    expect(env.trustProxy).toEqual({ kind: 'hops', hops: 1 });
    expect(env.oidc).toMatchObject({ loginClaim: 'email', clientId: 'dxship' });
    expect(() => readEnv({ MFA_REQUIRED_ROLES: 'boss' })).toThrow(/MFA_REQUIRED_ROLES/);
    expect(() => readEnv({ TRUST_PROXY: 'nonsense' })).toThrow(/TRUST_PROXY/);
    expect(() => readEnv({ OIDC_ISSUER: 'https://login.example.jp' })).toThrow(/OIDC_CLIENT_ID/);
  });
});
