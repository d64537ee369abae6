export * from './calendar'
export { ANNOUNCED_SCHEDULES } from './announced'
export { addDays, formatChineseDate, formatChineseDay } from './dates'
export { provisionalSchedule, STATUTORY_HOLIDAYS_CITATION } from './statutory-holidays'
