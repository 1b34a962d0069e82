/**
 * Codes of the `MoshtariError`s (from `moshtari/core`) thrown by the calendar module:
 *
 * - `OUT_OF_RANGE`: a date outside the supported 1178–3000 AP (1799–3622 CE), never a wrong date.
 * - `INVALID_DATE`: a date that does not exist (1404/12/30, month 13, a non-integer day).
 * - `INVALID_TIME`: hours, minutes, seconds or milliseconds out of range.
 * - `INVALID_TIME_ZONE`: a time zone that is neither IANA, `UTC` nor a `±HH:MM` offset.
 * - `NONEXISTENT_TIME`: a local time skipped by a clock change, with `disambiguation: 'reject'`.
 * - `AMBIGUOUS_TIME`: a local time repeated by a clock change, with `disambiguation: 'reject'`.
 * - `INVALID_ARGUMENT`: anything else of the wrong type or shape (an invalid `Date`, an unknown option).
 *
 * Expected failures of parsing (`parseJalali`) come back as `Result` errors instead.
 * @category Calendar
 */
export type CalendarErrorCode =
  | 'OUT_OF_RANGE'
  | 'INVALID_DATE'
  | 'INVALID_TIME'
  | 'INVALID_TIME_ZONE'
  | 'NONEXISTENT_TIME'
  | 'AMBIGUOUS_TIME'
  | 'INVALID_ARGUMENT';
