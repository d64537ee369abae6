/** Ids are `serial` (PostgreSQL integer): a larger number in a URL names nothing and must not reach SQL. */
export const SERIAL_MAX = 2_147_483_647

/**
 * @example isSerialId(3) // true
 * @example isSerialId(99_999_999_999) // false
 */
export function isSerialId(id: number): boolean {
  return Number.isInteger(id) && id >= 1 && id <= SERIAL_MAX
}
