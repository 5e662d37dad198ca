import type { Env } from '../../platform/env.ts';
import { configurePasswordHashing } from '../../platform/password.ts';

/** Applies the PASSWORD_* settings to the password hashing of this process. */
export function applyPasswordSettings(env: Env): void {
  configurePasswordHashing({
    cost: { n: env.passwordScryptN, r: 8, p: 1 },
    concurrency: env.passwordHashConcurrency,
  });
}
