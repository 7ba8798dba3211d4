/**
 * Follow-the-sun schedule: time-zone arithmetic (`Intl` only), shifts,
 * handover meetings, the rotation and time-zone → region detection.
 * Pure functions: every "now" is a parameter.
 */
export * from './zone';
export * from './recurrence';
export * from './regions';
export * from './year';
export * from './lookup-data';
export * from './handover';
export * from './periods';
export * from './day';
