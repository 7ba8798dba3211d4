/**
 * The full tool's sections below the fold ("The day at a glance" and the
 * year's meetings), in one module fetched by the full tool when the first of
 * them nears the screen. The compact form on the 7x24 page never shows them,
 * so it never downloads them.
 */
export { default as DayAtAGlance } from './DayAtAGlance';
export { default as MeetingYear } from './MeetingYear';
