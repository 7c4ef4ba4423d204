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
    not_in: listName.optional(),
    in: listName.optional(),
    exists: z.boolean().optional(),
  })
  .strict();

export const bodyTestSchema = z
  .object({
    match: pattern,
    fold: z.boolean().optional(),
    part: z.enum(['text', 'html', 'any']).optional(),
  })
  .strict();

export const uriTestSchema = z
  .object({
    match: pattern,
    part: z.enum(['host', 'url']).optional(),
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
  })
  .strict();

/**
 * Sender authentication results (SPF, DKIM, DMARC) arrive with the detection issue; until
 * then an `auth` test is accepted in any form and never matches.
 */
export const authTestSchema = z.record(z.unknown());

export const TEST_KEYS = ['header', 'body', 'uri', 'attachment', 'auth', 'meta'] as const;

export const ruleSchema = z
  .object({
    id: z.string().regex(RULE_ID, 'id must be UPPER_SNAKE (helpers start with __)'),
    description: z.string().trim().min(1).optional(),
    score: z.number().finite().optional(),
    category: z.enum(['phishing', 'malware', 'policy']).optional(),
    header: headerTestSchema.optional(),
    body: bodyTestSchema.optional(),
    uri: uriTestSchema.optional(),
    attachment: attachmentTestSchema.optional(),
    auth: authTestSchema.optional(),
    meta: z.string().trim().min(1).optional(),
  })
  .strict();

export type RuleSpec = z.infer<typeof ruleSchema>;
export type HeaderTestSpec = z.infer<typeof headerTestSchema>;
export type BodyTestSpec = z.infer<typeof bodyTestSchema>;
export type UriTestSpec = z.infer<typeof uriTestSchema>;
export type AttachmentTestSpec = z.infer<typeof attachmentTestSchema>;

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
