export * from './permissions'
export * from './case-actions'
export * from './reply'
