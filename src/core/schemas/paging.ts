/**
 * Limits of every list (`?page=&pageSize=`). Kept apart from the zod schemas so that pages can use
 * them without bringing zod into the app's main package.
 */
export const PAGE_SIZE_MAX = 50
export const PAGE_SIZE_DEFAULT = 20
