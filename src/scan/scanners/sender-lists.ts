import type { AgencyDirectory } from '../../directory/directory.js';
import { decideSenderLists } from '../../senders/decide.js';
import type { SenderListCache } from '../../senders/cache.js';
import type { ScanContext, ScanResult, Scanner } from '../types.js';

/** Options of the sender list scanner. */
export interface SenderListScannerOptions {
  cache: SenderListCache;
  directory: AgencyDirectory;
  /** Score of an allow entry the sender's authentication does not support. */
  unverifiedScore: number;
}

/**
 * The per-agency sender allow and deny lists (src/senders/decide.ts says what is matched
 * and when an allow entry counts). Runs after the auth scanner, whose results verify allow
 * entries. Its hits go into the score like any rule's; the decision is left on the context
 * for the verdict (verdict/sender-lists.ts), which holds denied senders and delivers
 * verified allowed ones, never malware or policy holds.
 */
export class SenderListScanner implements Scanner {
  readonly name = 'senders';

  constructor(private readonly opts: SenderListScannerOptions) {}

  async scan(ctx: ScanContext): Promise<ScanResult> {
    const entries = await this.opts.cache.current();
    if (entries.size === 0) return { status: 'pass', hits: [] };
    const agencies = ctx.envelope.rcptTo.map(
      (rcpt) =>
        this.opts.directory.byRecipientDomain(rcpt.slice(rcpt.lastIndexOf('@') + 1))?.code ??
        // A domain gone from the directory: an agency with no list, so no allow applies.
        'UNKNOWN',
    );
    const decision = decideSenderLists({
      entries,
      agencies,
      envelopeFrom: ctx.envelope.mailFrom,
      fromHeader: ctx.mail.from.map((a) => a.address),
      auth: ctx.auth,
      unverifiedScore: this.opts.unverifiedScore,
    });
    ctx.senderList = decision;
    return { status: decision.hits.length > 0 ? 'fail' : 'pass', hits: decision.hits };
  }
}
