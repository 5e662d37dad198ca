import { describe, expect, it } from 'vitest';
import {
  configurePasswordHashing,
  hashPassword,
  needsRehash,
  passwordHashingLoad,
  RECOMMENDED_COST,
  verifyPassword,
} from './password.ts';
import { passwordPolicyIssue } from './password-policy.ts';

describe('password hashing', () => {
  it("hashes with OWASP's scrypt parameters by default (N=2^17, r=8, p=1) and verifies", async () => {
    const hash = await hashPassword('a passphrase to remember');
    expect(hash.startsWith(`scrypt$${2 ** 17}$8$1$`)).toBe(true);
    expect(RECOMMENDED_COST).toEqual({ n: 131072, r: 8, p: 1 });
    expect(await verifyPassword('a passphrase to remember', hash)).toBe(true);
    expect(await verifyPassword('a passphrase to forget', hash)).toBe(false);
    expect(needsRehash(hash)).toBe(false);
  }, 60_000);

  it('says a hash of weaker parameters needs upgrading, and refuses malformed hashes', async () => {
    const old = await hashPassword('older password here', { n: 2 ** 14, r: 8, p: 1 });
    expect(needsRehash(old)).toBe(true);
    expect(await verifyPassword('older password here', old)).toBe(true);
    expect(await verifyPassword('x', 'bcrypt$whatever')).toBe(false);
    expect(needsRehash('nonsense')).toBe(true);
  });

  it('never runs more hashes at once than configured; the others wait their turn', async () => {
    configurePasswordHashing({ cost: { n: 2 ** 12, r: 8, p: 1 }, concurrency: 2 });
    const hashes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => hashPassword(`password number ${i}`)),
    );
    expect(new Set(hashes).size).toBe(8);
    const load = passwordHashingLoad();
    expect(load.peakActive).toBe(2);
    expect(load.active + load.waiting).toBe(0);
  });
});

describe('password policy', () => {
  it('wants 12 characters, not the login, not a common password', () => {
    expect(passwordPolicyIssue('short pass', 'sato')).toMatch(/12文字以上/);
    expect(passwordPolicyIssue('sato-is-my-password', 'sato')).toMatch(/ログインID/);
    expect(passwordPolicyIssue('qwertyuiop123', 'sato')).toMatch(/よく使われる/);
    expect(passwordPolicyIssue('1q2w3e4r5t6y', 'sato')).toMatch(/よく使われる/);
    expect(passwordPolicyIssue('Password123456', 'sato')).toMatch(/よく使われる/);
    expect(passwordPolicyIssue('瀬戸内の島で朝ごはんを食べる', 'sato')).toBeNull();
    expect(passwordPolicyIssue('correct horse battery', 'sato')).toBeNull();
  });
});
