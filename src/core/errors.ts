/**
 * Error classes with stable codes, used in logs, SMTP replies and tests.
 * `TempFailError` means "try again later" (SMTP 4xx, job retry);
 * `PermanentError` means retrying cannot help (SMTP 5xx, BullMQ UnrecoverableError).
 */
export type ErrorCode =
  | 'MS_ERR_SPOOL_WRITE'
  | 'MS_ERR_SPOOL_FULL'
  | 'MS_ERR_SPOOL_MISSING'
  | 'MS_ERR_SPOOL_DAMAGED'
  | 'MS_ERR_TOO_LARGE'
  | 'MS_ERR_QUEUE'
  | 'MS_ERR_CLAMD'
  | 'MS_ERR_PARSE'
  | 'MS_ERR_CONFIG'
  | 'MS_ERR_RULES'
  | 'MS_ERR_DELIVER_TEMP'
  | 'MS_ERR_DELIVER_PERM'
  | 'MS_ERR_STORE'
  | 'MS_ERR_STATE'
  | 'MS_ERR_REPORT_PERIOD'
  | 'MS_ERR_REPORT_TIMEOUT'
  | 'MS_ERR_INTERNAL';

export class MailshieldError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

/** The operation may succeed later: SMTP 4xx, job retried with backoff. */
export class TempFailError extends MailshieldError {}

/** Retrying cannot help: SMTP 5xx, job not retried. */
export class PermanentError extends MailshieldError {}

/** An error carrying the SMTP reply that smtp-server sends for it. */
export class SmtpReplyError extends Error {
  readonly responseCode: number;
  constructor(responseCode: number, message: string) {
    super(message);
    this.responseCode = responseCode;
    this.name = 'SmtpReplyError';
  }
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
