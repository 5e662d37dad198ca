#!/usr/bin/env node
// The operator CLI. tsx compiles the TypeScript sources on the fly, so the package needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/server/cli.ts');
process.exitCode = await main(process.argv.slice(2));
