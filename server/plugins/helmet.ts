import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/** HSTS for a year once the site is reached over https: browsers then never try plain http first. */
export const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * The sha256 sources of the inline scripts of the H5 app's index.html (Taro writes one that sets the
 * root font size before the bundles run), so that the CSP allows exactly them and no other inline script.
 * @example inlineScriptHashes('<script>a()</script>') // ["'sha256-…'"]
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = []
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (match[1].trim() === '') continue
    hashes.push(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`)
  }
  return hashes
}

/**
 * Security headers on every answer (@fastify/helmet): a Content-Security-Policy the H5 app and the
 * staff workbench work under (Taro's inline styles, data: and blob: pictures read back by the upload, the service worker from
 * our own origin) and that no other site may frame (the workbench shows identity numbers:
 * frame-ancestors 'none' and X-Frame-Options DENY), nosniff, Referrer-Policy no-referrer (tracking
 * numbers and searches stay on this site), and Strict-Transport-Security only on answers that went out
 * over https (directly, or behind a trusted proxy's X-Forwarded-Proto: see TRUST_PROXY); over plain
 * http it would be meaningless and a development server on 127.0.0.1 must keep working.
 */
export async function registerHelmet(app: FastifyInstance, staticDir: string | null): Promise<void> {
  const index = staticDir ? path.join(staticDir, 'index.html') : null
  const scriptHashes = index && fs.existsSync(index) ? inlineScriptHashes(fs.readFileSync(index, 'utf8')) : []
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...scriptHashes],
        // Taro H5 and React set style attributes on elements: inline styles stay allowed, inline scripts do not.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        // Taro's H5 chooseImage hands out blob: addresses that uploadFile then reads with a request.
        connectSrc: ["'self'", 'blob:', 'data:'],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"]
      }
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: false
  })
  app.addHook('onRequest', async (request, reply) => {
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS)
  })
}
