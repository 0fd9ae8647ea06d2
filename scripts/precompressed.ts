// Precompressed assets, as a static host serves them (nginx `gzip_static`, most CDNs): at build, each
// large text asset gets a gzip -9 copy beside it (`name.gz`); `vite preview` then sends that copy to a
// browser that accepts gzip, instead of compressing the file again on every request. For the article
// drafter's 2.2 MB gazetteer, compressing on the fly cost the 2-core machine more than it saved: the
// body took 360-530 ms to arrive, against ~240 ms uncompressed (README, "From article to map").
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Only files this large are worth a second copy (the small ones are compressed on the fly as before). */
const MIN_BYTES = 64 * 1024;
const TYPES: Readonly<Record<string, string>> = {
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Writes `file.gz` beside `file` (or beside `to`, from the bytes of `file`), as the build does. */
export function gzipCopy(bytes: Buffer, to: string): void {
  writeFileSync(`${to}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
}

export function precompressed(): Plugin {
  let outDir = 'dist';
  return {
    name: 'dateline-precompressed',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (!(extname(file.fileName) in TYPES)) continue;
        const source = file.type === 'asset' ? file.source : file.code;
        const bytes = typeof source === 'string' ? Buffer.from(source) : Buffer.from(source);
        if (bytes.byteLength < MIN_BYTES) continue;
        gzipCopy(bytes, join(outDir, file.fileName));
      }
    },
    configurePreviewServer(server) {
      const root = resolve(server.config.root, server.config.build.outDir);
      const headers = server.config.preview.headers ?? {};
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
        const type = TYPES[extname(path)];
        const file = normalize(join(root, path));
        const gz = `${file}.gz`;
        if (
          !type ||
          !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ||
          !file.startsWith(root + sep) ||
          !existsSync(gz) ||
          !statSync(gz).isFile()
        )
          return next();
        for (const [name, value] of Object.entries(headers))
          if (value !== undefined) res.setHeader(name, value);
        res.setHeader('Content-Type', type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        // No Content-Length: it would be the compressed size, and a reader counting the bytes it
        // receives (decompressed) would overrun it.
        if (req.method === 'HEAD') return res.end();
        createReadStream(gz).pipe(res);
      });
    },
  };
}
