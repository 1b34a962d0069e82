/**
 * Every `code` the support module throws as a `MoshtariError` (from `moshtari/core`) for input that
 * breaks a function's contract (programmer errors; the error's `path` names the field, e.g.
 * `ticket.statusHistory[2].at`):
 *
 * - `INVALID_TICKET`: a ticket record of the wrong shape (unknown priority or status, an instant that is
 *   not a valid `Date` or epoch milliseconds, a status history out of order or before `createdAt`).
 * - `INVALID_POLICY`: an SLA policy configuration that cannot work (a missing priority, a negative or
 *   malformed target, escalation levels out of order), or a policy not made by `createSlaPolicy`.
 * - `INVALID_COMPLAINT`: a complaint record or move of the wrong shape (unknown stage, empty `by`,
 *   invalid instant, satisfaction outside 1–5).
 * - `INVALID_PROMISE`: a promise or promise event of the wrong shape (duplicate id, bad duration,
 *   unknown clock, goal outside 0–1).
 * - `INVALID_TEMPLATE`: an SMS template with an unclosed `{`, an empty or malformed variable name,
 *   or a variable value of an unsupported type; a bad SMS price or option.
 * - `INVALID_ARGUMENT`: anything else of the wrong type (`now` not an instant, an argument that is not
 *   an array or object).
 *
 * The calendar's codes (`OUT_OF_RANGE`, `INVALID_TIME_ZONE`, …) and the money module's
 * (`INVALID_AMOUNT`) pass through from the functions support builds on. Expected outcomes come back as
 * data instead: {@link ComplaintMoveError}, {@link SmsTemplateError} and {@link SmsSkipReason}.
 *
 * @example
 * ```ts
 * import { isMoshtariError } from 'moshtari/core';
 * import { createSlaPolicy, type SupportErrorCode } from 'moshtari/support';
 * try {
 *   createSlaPolicy({ targets: {} as never });
 * } catch (error) {
 *   if (isMoshtariError(error)) console.log(error.code as SupportErrorCode, error.path); // 'INVALID_POLICY' 'config.targets.low'
 * }
 * ```
 * @category Support
 */
export type SupportErrorCode =
  | 'INVALID_TICKET'
  | 'INVALID_POLICY'
  | 'INVALID_COMPLAINT'
  | 'INVALID_PROMISE'
  | 'INVALID_TEMPLATE'
  | 'INVALID_ARGUMENT';

/**
 * Why {@link moveComplaint} refused a move (an expected outcome, returned in a `Result`):
 *
 * - `TRANSITION_NOT_ALLOWED`: ISO 10002's process has no step from the current stage to the requested
 *   one (`allowed` lists the stages that may follow);
 * - `MISSING_DETAIL`: the target stage needs a detail the move lacks (`field`: `severity` for
 *   `assessed`, `decision` for `responded`, `accepted` for `closed`);
 * - `OUT_OF_ORDER`: the move is dated before the complaint's last recorded change.
 *
 * @example
 * ```ts
 * const error: ComplaintMoveError = {
 *   code: 'TRANSITION_NOT_ALLOWED', from: 'received', to: 'closed', allowed: ['acknowledged'],
 *   message: "complaint C-1: cannot move from 'received' to 'closed' (allowed: acknowledged)",
 * };
 * ```
 * @category Support
 */
export type ComplaintMoveError =
  | {
      /** The transition is not in {@link COMPLAINT_TRANSITIONS}. */
      readonly code: 'TRANSITION_NOT_ALLOWED';
      /** The complaint's current stage. */
      readonly from: string;
      /** The stage asked for. */
      readonly to: string;
      /** The stages that may follow `from` (empty once closed). */
      readonly allowed: readonly string[];
      /** An English sentence naming the complaint and both stages. */
      readonly message: string;
    }
  | {
      /** The target stage needs a detail the move lacks. */
      readonly code: 'MISSING_DETAIL';
      /** The stage asked for. */
      readonly to: string;
      /** The missing field of the move: `'severity'`, `'decision'` or `'accepted'`. */
      readonly field: 'severity' | 'decision' | 'accepted';
      /** An English sentence naming the complaint, the stage and the field. */
      readonly message: string;
    }
  | {
      /** The move is dated before the last recorded change. */
      readonly code: 'OUT_OF_ORDER';
      /** The move's instant (epoch milliseconds). */
      readonly at: number;
      /** The last recorded change's instant (epoch milliseconds). */
      readonly lastAt: number;
      /** An English sentence naming the complaint and both instants. */
      readonly message: string;
    };

/**
 * Why {@link renderSmsTemplate} could not fill a template: a `{name}` in the text has no value.
 *
 * @example
 * ```ts
 * const error: SmsTemplateError = { code: 'MISSING_VARIABLE', name: 'amount', message: 'template variable {amount} has no value' };
 * ```
 * @category Support
 */
export type SmsTemplateError = {
  /** Always `'MISSING_VARIABLE'`. */
  readonly code: 'MISSING_VARIABLE';
  /** The variable's name, without braces. */
  readonly name: string;
  /** An English sentence naming the variable. */
  readonly message: string;
};

/**
 * Why {@link composeSms} sent nothing to a recipient:
 *
 * - `NO_CONSENT`: the customer has not opted in to SMS (`smsOptIn` is not `true`), or opted out;
 * - `INVALID_MOBILE`: the number is not an Iranian mobile (`mobileError` is the `parseMobile` code);
 * - `MISSING_VARIABLE`: the template needs a variable this recipient lacks (`name`);
 * - `TOO_LONG`: the text needs more parts than `maxParts` (`parts`).
 *
 * @example
 * ```ts
 * const reason: SmsSkipReason = { code: 'NO_CONSENT', message: 'customer C-7 has not opted in to SMS' };
 * ```
 * @category Support
 */
export type SmsSkipReason =
  | {
      /** No SMS opt-in on record. */
      readonly code: 'NO_CONSENT';
      /** An English sentence naming the customer. */
      readonly message: string;
    }
  | {
      /** The mobile number was refused. */
      readonly code: 'INVALID_MOBILE';
      /** The `parseMobile` error code (`'EMPTY'`, `'LENGTH'`, `'NOT_MOBILE'`, …). */
      readonly mobileError: string;
      /** An English sentence naming the customer and the problem. */
      readonly message: string;
    }
  | {
      /** A template variable has no value for this recipient. */
      readonly code: 'MISSING_VARIABLE';
      /** The variable's name. */
      readonly name: string;
      /** An English sentence naming the customer and the variable. */
      readonly message: string;
    }
  | {
      /** The filled text is longer than `maxParts` SMS parts. */
      readonly code: 'TOO_LONG';
      /** Parts the text needs. */
      readonly parts: number;
      /** An English sentence naming the customer, the parts and the cap. */
      readonly message: string;
    };
