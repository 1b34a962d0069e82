/** Internal: the issues the support schemas report. */
export type SupportSchemaIssue =
  | 'text'
  | 'channel'
  | 'priority'
  | 'status'
  | 'instant'
  | 'historyOrder'
  | 'firstResponse'
  | 'stage'
  | 'severity'
  | 'boolean'
  | 'satisfaction'
  | 'transition'
  | 'firstStage'
  | 'stageMismatch';

/** Internal: messages of the support schemas in Persian and English. */
export const SUPPORT_SCHEMA_MESSAGES: {
  readonly [L in 'fa' | 'en']: { readonly [K in SupportSchemaIssue]: string };
} = {
  fa: {
    text: 'این فیلد باید متنی غیرخالی باشد',
    channel: 'کانال باید یکی از portal، phone، sms، email یا inPerson باشد',
    priority: 'اولویت باید یکی از low، normal، high یا urgent باشد',
    status: 'وضعیت تیکت باید یکی از new، open، pendingCustomer، pendingThirdParty، onHold، resolved یا closed باشد',
    instant: 'زمان باید عدد میلی‌ثانیه یا تاریخ‌وزمان ISO با منطقهٔ زمانی باشد (مانند 2025-03-25T11:30:00+03:30)',
    historyOrder: 'تاریخچهٔ وضعیت باید به ترتیب زمان و پس از زمان ایجاد تیکت باشد',
    firstResponse: 'زمان اولین پاسخ نمی‌تواند پیش از زمان ایجاد تیکت باشد',
    stage: 'مرحلهٔ شکایت باید یکی از received، acknowledged، assessed، investigating، responded یا closed باشد',
    severity: 'شدت شکایت باید یکی از low، medium، high یا critical باشد',
    boolean: 'این فیلد باید درست یا نادرست (true/false) باشد',
    satisfaction: 'رضایت باید عدد صحیحی از ۱ تا ۵ باشد',
    transition: 'ترتیب مراحل شکایت با فرایند ISO 10002 سازگار نیست',
    firstStage: 'نخستین مرحلهٔ تاریخچهٔ شکایت باید received (دریافت) و پس از زمان دریافت باشد',
    stageMismatch: 'مرحلهٔ فعلی شکایت باید همان آخرین مرحلهٔ تاریخچه باشد',
  },
  en: {
    text: 'expected a non-empty string',
    channel: 'channel: expected portal, phone, sms, email or inPerson',
    priority: 'priority: expected low, normal, high or urgent',
    status: 'status: expected new, open, pendingCustomer, pendingThirdParty, onHold, resolved or closed',
    instant: 'expected epoch milliseconds or an ISO date-time with Z or an offset (e.g. 2025-03-25T11:30:00+03:30)',
    historyOrder: 'statusHistory: entries must be oldest first and not before createdAt',
    firstResponse: 'firstResponseAt: must not be before createdAt',
    stage: 'stage: expected received, acknowledged, assessed, investigating, responded or closed',
    severity: 'severity: expected low, medium, high or critical',
    boolean: 'expected true or false',
    satisfaction: 'satisfaction: expected an integer 1–5',
    transition: 'history: this sequence of stages is not allowed by the ISO 10002 process (see COMPLAINT_TRANSITIONS)',
    firstStage: 'history: the first entry must be received, not before receivedAt',
    stageMismatch: 'stage: must equal the last stage in history',
  },
};
