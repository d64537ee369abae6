export * from './clock'
export * from './policies'
export * from './transitions'
