import { MailshieldError } from '../core/errors.js';

/** The message is not (or no longer) in quarantine: already released, deleted or purged. */
export class NotQuarantinedError extends MailshieldError {
  constructor(id: string, state: string | undefined) {
    super('MS_ERR_STATE', `${id} is not in quarantine (${state ?? 'unknown'})`);
  }
}
