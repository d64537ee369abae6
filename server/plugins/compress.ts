import fastifyCompress from '@fastify/compress'
import type { FastifyInstance } from 'fastify'

/**
 * Compresses answers over 1 KB for clients that accept it (brotli, else gzip): a page of notices
 * shrinks to about a fifth on a resident's mobile data. Small answers go out as they are (the
 * headers would outweigh the saving). Route-level hooks run after the public-answer cache's, so the
 * ETag stays the hash of the uncompressed JSON and a 304 carries no body to compress. The built H5
 * app is compressed once at build time (config/h5-post-build.ts) and served as is.
 *
 * Registered before the routes: the plugin adds its hook to each route as it is declared.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] })
}
