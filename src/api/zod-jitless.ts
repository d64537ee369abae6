import { z } from 'zod'

// WeChat forbids eval and new Function; zod would otherwise probe for them to compile its parsers.
// Imported for its effect by the API modules of the subpackages that validate with zod.
z.config({ jitless: true })
