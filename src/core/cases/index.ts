export * from './clock'
export * from './policies'
export * from './transitions'
export { clockOfCase } from './case-clock'
