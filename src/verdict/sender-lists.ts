import type { SenderListDecision } from '../senders/decide.js';
import type { Verdict } from './decide.js';

/**
 * Pure: the per-agency sender lists applied to the verdict of the score (decide.ts), which
 * already counts their hits (an unverified allow's lower score among them). Precedence,
 * first that applies:
 *
 * 1. malware (a virus, a malware rule) and policy (unscannable, banned content, an
 *    encrypted archive held or tagged): unchanged, whatever the lists say. An allow entry
 *    says who the sender is, never that what they sent is safe: a partner's infected PC or
 *    stolen mailbox sends from an allowed, authenticated address;
 * 2. a deny entry of any recipient agency: held, as `spam` (or as the `phishing` the score
 *    already held it as), the reason naming the entry;
 * 3. a verified allow of every recipient agency: a message tagged or held as `spam` is
 *    delivered, clean, the reason naming the entry and what the score said; a message held
 *    as `phishing` stays held (credential lures come from stolen partner mailboxes, the
 *    very senders an allow list holds);
 * 4. otherwise the score's verdict.
 */
export function applySenderLists(verdict: Verdict, list: SenderListDecision | undefined): Verdict {
  if (list === undefined || (list.outcome !== 'deny' && list.outcome !== 'allow')) return verdict;
  if (verdict.category === 'malware' || verdict.category === 'policy') {
    return {
      ...verdict,
      reason: `${verdict.reason} (sender list not applied to ${verdict.category})`,
    };
  }
  if (list.outcome === 'deny') {
    if (verdict.action === 'quarantine') {
      return { ...verdict, reason: `${verdict.reason}; ${list.reason}` };
    }
    return { ...verdict, category: 'spam', action: 'quarantine', reason: list.reason };
  }
  if (verdict.category === 'phishing') {
    return { ...verdict, reason: `${verdict.reason} (sender allow list not applied to phishing)` };
  }
  if (verdict.category === 'spam') {
    return {
      ...verdict,
      category: 'clean',
      action: 'deliver',
      reason: `${list.reason} (without it: ${verdict.action}, ${verdict.reason})`,
    };
  }
  return { ...verdict, reason: `${verdict.reason}; ${list.reason}` };
}
