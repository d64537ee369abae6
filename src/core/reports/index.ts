export * from './appraisal'
export * from './annual-disclosure'
export * from './dashboard'
export * from './report-case'
