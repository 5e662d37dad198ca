import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files worth compressing: text (scripts, styles, markup, data, SVG). Images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|geojson|svg|txt|map)$/;

/** Smaller files gain nothing from compression (the headers outweigh the saving). */
const MIN_BYTES = 256;

/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every compressible file
 * of the build, once it is written, so the server sends them as they are (`Content-Encoding`) instead
 * of compressing on every request. A copy is kept only when it is smaller than the original.
 */
export function precompress(): Plugin {
  let outDir = '';
  let written: string[] = [];
  return {
    name: 'dxship-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    writeBundle(_options, bundle) {
      written = Object.keys(bundle).filter((name) => COMPRESSIBLE.test(name));
    },
    // After the build is closed, so the time spent compressing is not counted as the bundler's.
    async closeBundle() {
      const files = written;
      await Promise.all(
        files.map(async (name) => {
          const path = join(outDir, name);
          const source = await readFile(path);
          if (source.length < MIN_BYTES) return;
          const [br, gz] = await Promise.all([
            brotli(source, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
              },
            }),
            gzipAsync(source, { level: 9 }),
          ]);
          if (br.length < source.length) await writeFile(`${path}.br`, br);
          if (gz.length < source.length) await writeFile(`${path}.gz`, gz);
        }),
      );
    },
  };
}
