/**
 * The reference of `bench/api.bench.ts`: a bare Hono hello-world on @hono/node-server, the ceiling of
 * any route on this machine. Listens on PORT (127.0.0.1).
 */
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.text('Hello Hono!'));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' });
