import { z } from 'zod';
import { isMagicName, MAGIC_NAMES } from './magic.js';

/**
 * The shape of a rule file (STYLE.md §3). Unknown keys are errors, so a misspelt key
 * (`scroe:`) is reported instead of silently ignored. Patterns, lists and meta expressions
 * are checked further when the rules are compiled.
 */

/** UPPER_SNAKE; a leading `__` marks a helper. */
export const RULE_ID = /^(?:__)?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
/** Group and list names: lower-case words joined by `-` or `_`, as their file names. */
export const NAME = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

const listName = z.string().regex(NAME, 'list name must be lower-case words joined by - or _');
const pattern = z.string().min(1);

export const headerTestSchema = z
  .object({
    name: z.string().min(1),
    part: z.enum(['name', 'address', 'domain', 'raw']).optional(),
    fold: z.boolean().optional(),
    match: pattern.optional(),
    /** `match` runs on the value as sent, invisible characters kept (they are dropped otherwise). */
    raw: z.literal(true).optional(),
    not_in: listName.optional(),
    in: listName.optional(),
    exists: z.boolean().optional(),
    /** The address's domain differs from the domain of this other address header. */
    differs_from: z.string().min(1).optional(),
    /** The address (part: address) is one of the addresses of this other header. */
    same_as: z.string().min(1).optional(),
    /**
     * The value names a recipient: it holds an address of this other header (To), or its
     * mailbox name when that is at least five characters ("Dear hibody", "phishing@pot,
     * verify"), as a whole token.
     */
    names_address_of: z.string().min(1).optional(),
    /**
     * (part: name) A display name that writes a domain or an address ("ethereum.org",
     * "support@mail.coinbase.com") of another organisation than the mailbox's own address.
     */
    name_shows_other_domain: z.literal(true).optional(),
    /** The domain (part: domain) imitates an entry of this list without being one. */
    lookalike: listName.optional(),
    /** The domain (part: domain) mixes Latin with look-alike Cyrillic or Greek letters. */
    confusable: z.literal(true).optional(),
  })
  .strict();

export const bodyTestSchema = z
  .object({
    match: pattern,
    fold: z.boolean().optional(),
    /** Runs on the text as sent, invisible characters kept (they are dropped otherwise). */
    raw: z.literal(true).optional(),
    /**
     * `source`: the HTML as sent (tags, styles, forms), not the text a reader sees.
     * `text_sent`: the plain-text part only when the message has one as sent (the parser
     * writes the text from the HTML when it has none; `text` reads that too).
     */
    part: z.enum(['text', 'html', 'any', 'source', 'text_sent']).optional(),
  })
  .strict();

export const uriTestSchema = z
  .object({
    match: pattern.optional(),
    part: z.enum(['host', 'url']).optional(),
    /** The host, or one of its parent domains, is in the list. */
    in: listName.optional(),
    /** The host imitates an entry of this list without being one (or under one). */
    lookalike: listName.optional(),
    /** An HTML link whose visible text shows a web address on another domain. */
    text_mismatch: z.literal(true).optional(),
    /**
     * With text_mismatch: links whose target is under an entry of this list (the click
     * trackers of mailing services) lead where they show, through the sender's tracker.
     */
    except_in: listName.optional(),
    /** An international host label mixing Latin with look-alike Cyrillic or Greek letters. */
    confusable: z.literal(true).optional(),
    /** With match: a link that also matches this pattern does not count. */
    except: pattern.optional(),
    /** A link to another organisation than the domain of this address header (From). */
    differs_from: z.string().min(1).optional(),
    /** With match: the matching link must also lead outside the organisation of this address header (From). */
    outside_of: z.string().min(1).optional(),
  })
  .strict();

export const attachmentTestSchema = z
  .object({
    filename: pattern.optional(),
    content_type: pattern.optional(),
    magic: z
      .array(
        z.string().refine(isMagicName, (name) => ({
          message: `unknown magic '${name}' (known: ${MAGIC_NAMES.join(', ')})`,
        })),
      )
      .min(1)
      .optional(),
    archive_filename: pattern.optional(),
    filename_ext_in: listName.optional(),
    archive_ext_in: listName.optional(),
    /** The name's extension promises one type, the first bytes are another (see magic.ts). */
    magic_mismatch: z.literal(true).optional(),
    /** An archive or document protected with a password (content cannot be scanned). */
    encrypted: z.literal(true).optional(),
    /** A ZIP that declares it unpacks to more than this many bytes. */
    archive_unpacked_over: z.number().int().min(1).optional(),
    /** A ZIP whose declared unpacked size is more than this many times its own size. */
    archive_ratio_over: z.number().min(1).optional(),
    /** Pattern run on the start of the content read as text (HTML, SVG, scripts). */
    content: pattern.optional(),
  })
  .strict();

export const AUTH_RESULTS = [
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
] as const;
const authResult = z.enum(AUTH_RESULTS);
const authResults = z.union([authResult, z.array(authResult).min(1)]);

/**
 * Sender authentication results from the auth scanner (mailauth): every method named must
 * have one of the results given, e.g. `{ spf: fail }` or `{ dmarc: [fail, policy] }`.
 * Without results (no auth scanner, eval) an auth test never matches.
 */
export const authTestSchema = z
  .object({
    spf: authResults.optional(),
    dkim: authResults.optional(),
    dmarc: authResults.optional(),
    arc: authResults.optional(),
  })
  .strict()
  .refine((spec) => Object.keys(spec).length > 0, {
    message: 'an auth test names at least one of spf, dkim, dmarc, arc',
  });

/** The Bayes classifier's spam probability lies in [min, max) (max 1 included). */
export const bayesTestSchema = z
  .object({
    min: z.number().min(0).max(1),
    max: z.number().min(0).max(1),
  })
  .strict()
  .refine((b) => b.min < b.max, { message: 'bayes: min must be below max' });

/** A clamd heuristic alert (`Heuristics.Encrypted.Zip`) matches the pattern. */
export const clamavTestSchema = z
  .object({
    match: pattern,
    /** An alert name that also matches this pattern does not count. */
    except: pattern.optional(),
  })
  .strict();

/**
 * A finding of the content scanner (`Mime.Ambiguous`, `Archive.OpenedWithPassword`,
 * `Archive.EncryptedUnopened`, `Archive.Limits`, `Archive.Unreadable`) matches the pattern.
 */
export const findingTestSchema = z.object({ match: pattern }).strict();

export const TEST_KEYS = [
  'header',
  'body',
  'uri',
  'attachment',
  'auth',
  'bayes',
  'clamav',
  'finding',
  'meta',
] as const;

export const ruleSchema = z
  .object({
    id: z.string().regex(RULE_ID, 'id must be UPPER_SNAKE (helpers start with __)'),
    description: z.string().trim().min(1).optional(),
    /** The description in Vietnamese, shown to officers when the interface is Vietnamese. */
    description_vi: z.string().trim().min(1).optional(),
    score: z.number().finite().optional(),
    category: z.enum(['phishing', 'malware', 'policy']).optional(),
    /**
     * On a `bayes` rule: score of other rules a message needs, when this band hits, to be
     * held on its score (thresholds.corroboration otherwise).
     */
    corroboration: z.number().min(0).optional(),
    /**
     * `false`: a mark of bulk or marketing mail (a tracked link, a discount, an image
     * newsletter). It adds to the score (tagging), but is not evidence that holds a
     * message with the classifier: legitimate newsletters carry it as much as spam.
     */
    corroborates: z.literal(false).optional(),
    header: headerTestSchema.optional(),
    body: bodyTestSchema.optional(),
    uri: uriTestSchema.optional(),
    attachment: attachmentTestSchema.optional(),
    auth: authTestSchema.optional(),
    bayes: bayesTestSchema.optional(),
    clamav: clamavTestSchema.optional(),
    finding: findingTestSchema.optional(),
    meta: z.string().trim().min(1).optional(),
  })
  .strict();

export type RuleSpec = z.infer<typeof ruleSchema>;
export type HeaderTestSpec = z.infer<typeof headerTestSchema>;
export type BodyTestSpec = z.infer<typeof bodyTestSchema>;
export type UriTestSpec = z.infer<typeof uriTestSchema>;
export type AttachmentTestSpec = z.infer<typeof attachmentTestSchema>;
export type AuthTestSpec = z.infer<typeof authTestSchema>;
export type BayesTestSpec = z.infer<typeof bayesTestSchema>;

export const ruleFileSchema = z
  .object({
    group: z.string().regex(NAME, 'group must be lower-case words joined by - or _'),
    description: z.string().trim().min(1),
    max_score: z.number().finite().positive().optional(),
    rules: z.array(z.unknown()),
  })
  .strict();

export const overrideSchema = z
  .object({
    score: z.number().finite().optional(),
    enabled: z.boolean().optional(),
  })
  .strict();
