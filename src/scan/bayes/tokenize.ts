import { registrableDomain } from '../../core/registrable-domain.js';
import { foldText } from '../rules/fold.js';
import { htmlToText } from '../rules/html-text.js';
import { urlHost, urlsInText } from '../rules/uris.js';
import type { ParsedMessage } from '../types.js';
import { detectLanguage } from './language.js';

/**
 * Bayes tokens of a message, tuned for Vietnamese and English:
 *
 * - Vietnamese writes one syllable per space-separated unit and most words are two
 *   syllables ("trúng thưởng", "giải ngân"), so each syllable is a token and so is each
 *   pair of neighbouring syllables. Spam often drops the diacritics, so each token is also
 *   emitted folded (`trung thuong`): a message learned with accents still helps judge one
 *   without, and the accented form keeps the sharper signal when it is there.
 * - URL hosts and their registrable domain (`d:example.com`, Public Suffix List), the From domain, the
 *   Subject words (prefixed, they weigh differently from body words), attachment types.
 *
 * Text is NFC-normalised and lower-cased. Bounded twice: the text read is capped at
 * MAX_TOKEN_TEXT_CHARS and the distinct tokens kept at MAX_TOKENS, so a hostile message
 * cannot make tokenising (or the model) grow without end.
 */

/**
 * Characters of body text tokenised. Statistical signal saturates after the first few
 * pages; 200 000 characters is about 30 000 words, already far more than MAX_TOKENS needs.
 */
export const MAX_TOKEN_TEXT_CHARS = 200_000;

/**
 * Distinct tokens kept per message. The classifier uses the 150 most significant anyway;
 * 3000 distinct tokens covers a long letter with all its pairs and bounds model growth per
 * learned message.
 */
export const MAX_TOKENS = 3000;

/** Longest word kept: longer runs are base64, hashes or hash-busting noise. */
const MAX_WORD_CHARS = 30;

/** Letters (with combining marks) and digits; `'` inside English words ("don't"). */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

const DIGITS = /^\d+$/;

/** The shape of a number: its length only, so "2024" and "1999" share what they say. */
function numberToken(word: string): string {
  return `n:${Math.min(word.length, 12)}`;
}

class TokenSet {
  readonly tokens = new Set<string>();
  add(token: string): boolean {
    if (this.tokens.size >= MAX_TOKENS) return false;
    this.tokens.add(token);
    return true;
  }
  get full(): boolean {
    return this.tokens.size >= MAX_TOKENS;
  }
}

/** Adds the word and pair tokens of `text`, each with `prefix`, accented and folded. */
function addText(out: TokenSet, text: string, prefix: string): void {
  const capped = text.length > MAX_TOKEN_TEXT_CHARS ? text.slice(0, MAX_TOKEN_TEXT_CHARS) : text;
  const lower = capped.normalize('NFC').toLowerCase();
  let previous: string | undefined;
  for (const m of lower.matchAll(WORD)) {
    if (out.full) return;
    const word = m[0].replace(/’/g, "'");
    if (word.length > MAX_WORD_CHARS) {
      // Noise still says something: long unbroken runs are typical of hash busters.
      out.add(`${prefix}long`);
      previous = undefined;
      continue;
    }
    if (DIGITS.test(word)) {
      out.add(`${prefix}${numberToken(word)}`);
      previous = undefined;
      continue;
    }
    const folded = foldText(word);
    if (word.length > 1 || folded !== word) out.add(`${prefix}${word}`);
    if (folded !== word) out.add(`${prefix}~${folded}`);
    if (previous !== undefined) out.add(`${prefix}${previous} ${folded}`);
    previous = folded;
  }
}

/** Host tokens: the whole host, its top-level domain and its registrable domain. */
function addHost(out: TokenSet, host: string, prefix: string): void {
  out.add(`${prefix}h:${host}`);
  const labels = host.split('.');
  // The top-level domain: spam moves from domain to domain, but within a few registries.
  if (labels.length > 1 && !/^\d+$/.test(labels[labels.length - 1] ?? '')) {
    out.add(`${prefix}t:${labels[labels.length - 1] ?? ''}`);
  }
  // The organisation (Public Suffix List), when the host is one of its names.
  const domain = registrableDomain(host);
  if (domain !== undefined && domain !== host) out.add(`${prefix}d:${domain}`);
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.startsWith('[')) out.add(`${prefix}h:ip`);
}

function domainOf(address: string): string | undefined {
  const at = address.lastIndexOf('@');
  if (at < 0) return undefined;
  const domain = address
    .slice(at + 1)
    .toLowerCase()
    .replace(/[>\].\s]+$/, '');
  return domain.length > 0 ? domain : undefined;
}

/**
 * Headers whose value is tokenised (as words, prefixed with the header name): the sending
 * software, which bulk senders share and people do not. Not Content-Type: its charset and
 * structure say when and with which library a message was written (2010 mail is
 * ISO-8859-1 and 7bit, today's UTF-8 and base64), not whether it is spam; a model that
 * learned old ham and new spam would read every modern or Vietnamese letter as spam.
 */
const VALUE_HEADERS = ['x-mailer', 'user-agent', 'x-priority', 'importance'];

/**
 * Header names whose presence becomes a token: fields the sender's own software writes
 * (RFC 5322 originator and MIME fields, mail programs' and bulk tools' own fields). Every
 * other field is added on the way (Received, Delivered-To, ARC, Authentication-Results),
 * by a mailing list (List-*, Precedence, Resent-*), by an upstream filter (X-Spam-*,
 * X-Barracuda-*, X-MS-Exchange-*) or by the mailbox that stored the message (X-Mozilla-*,
 * Status, Content-Length). Those describe the path and the receiving site, not the sender:
 * on a corpus assembled from several sources they tell the sources apart (and flatter the
 * figures), and at a gateway they describe our own relays. Nor the transport fields every
 * program writes (MIME-Version, Content-Transfer-Encoding, Date, Message-ID): their
 * presence says which era and library wrote the message, the same mistake as above.
 */
const SENDER_HEADERS: ReadonlySet<string> = new Set([
  'sender',
  'reply-to',
  'to',
  'cc',
  'in-reply-to',
  'references',
  'content-disposition',
  'organization',
  'x-mailer',
  'user-agent',
  'x-priority',
  'x-msmail-priority',
  'importance',
  'priority',
  'x-mimeole',
  'thread-index',
  'thread-topic',
  'disposition-notification-to',
  'return-receipt-to',
  'x-originating-ip',
]);

function addHeaders(out: TokenSet, mail: ParsedMessage): void {
  for (const field of mail.headers) {
    // Which sender fields exist says which software wrote the mail; repeats count once.
    if (SENDER_HEADERS.has(field.name)) out.add(`hn:${field.name}`);
    if (VALUE_HEADERS.includes(field.name))
      addText(out, field.value.slice(0, 200), `hv:${field.name}:`);
  }
  const id = mail.messageId ?? '';
  const at = id.lastIndexOf('@');
  if (at >= 0)
    out.add(
      `mid:${id
        .slice(at + 1)
        .replace(/>$/, '')
        .toLowerCase()}`,
    );
  else out.add('mid:none');
}

/** Most URLs whose hosts become tokens. */
const MAX_TOKEN_URLS = 200;

/**
 * The language token (`lang:vie`, `lang:eng`, `lang:und`): learned like any token, so the
 * model counts how much of each class it has seen per language; the classifier does not
 * score it but refuses to judge a message in a language it knows too little of.
 */
export const LANGUAGE_PREFIX = 'lang:';

/** Every token of the message, bounded by MAX_TOKENS. */
export function tokenize(mail: ParsedMessage): string[] {
  const out = new TokenSet();
  const html =
    mail.html === '' ? undefined : htmlToText(mail.html, MAX_TOKEN_TEXT_CHARS, MAX_TOKEN_URLS);
  // The plain part, or the HTML as read when there is none (or the plain part is a stub).
  const body = mail.text.trim().length > 20 || html === undefined ? mail.text : html.text;
  out.add(`${LANGUAGE_PREFIX}${detectLanguage(`${mail.subject}\n${body}`)}`);
  addText(out, mail.subject, 's:');
  addHeaders(out, mail);
  const from = mail.from[0];
  if (from !== undefined) {
    const domain = domainOf(from.address);
    if (domain !== undefined) addHost(out, domain, 'f:');
    if (from.name !== '') addText(out, from.name, 'fn:');
  }
  if (html !== undefined) out.add(mail.text.trim() === '' ? 'x:html-only' : 'x:html');
  for (const att of mail.attachments) {
    out.add(`a:${att.contentType}`);
    const name = att.filename ?? '';
    const dot = name.lastIndexOf('.');
    if (dot > 0 && name.length - dot <= 6) out.add(`a:.${name.slice(dot + 1).toLowerCase()}`);
  }
  const urls = new Set<string>();
  urlsInText(body, urls, MAX_TOKEN_URLS);
  for (const link of html?.links ?? []) {
    if (urls.size >= MAX_TOKEN_URLS) break;
    urls.add(link);
  }
  for (const url of urls) {
    const host = urlHost(url);
    if (host !== undefined) addHost(out, host, 'u:');
  }
  addText(out, body, '');
  return [...out.tokens];
}
