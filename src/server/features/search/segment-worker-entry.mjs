// Worker-thread entry. The sources are TypeScript run through tsx, and a worker thread starts without
// the loader: register tsx here, then import the real worker module.
import { register } from 'tsx/esm/api';

register();
await import('./segment-worker.ts');
