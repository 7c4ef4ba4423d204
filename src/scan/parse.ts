import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { MailParser } from 'mailparser';
import type {
  AddressObject,
  AttachmentStream,
  EmailAddress,
  HeaderLines,
  MessageText,
} from 'mailparser';
import { PermanentError } from '../core/errors.js';
import type { Limits } from '../core/limits.js';
import { detectMagic } from './rules/magic.js';
import type { HeaderField, MailAddress, ParsedAttachment, ParsedMessage } from './types.js';

/**
 * Bytes of each attachment kept in `head`. Magic numbers of every format the attachment
 * rules look at sit in the first few hundred bytes; 4 KiB also covers a ZIP local header
 * with a long file name.
 */
const ATTACHMENT_HEAD_BYTES = 4096;

/**
 * mailsplit counts every MIME node against `maxChildNodes`, multipart containers included,
 * so a message with `maxMimeParts` leaves can have up to about twice as many nodes. Past this
 * the parser stops with an error: it is the hard bound on the parser's memory, while
 * `maxMimeParts` is the soft one below which everything is collected.
 */
const PARSER_NODES_PER_PART = 2;

/**
 * Why a parse is incomplete, as listed in `ParsedMessage.problems`.
 *
 * - `headers-truncated`: the header block is over `maxHeaderBytes`.
 * - `text-truncated`, `html-truncated`: the body is cut at `ruleScanBytes` characters.
 * - `html-to-text-failed`: mailparser could not turn the HTML into text; `text` lacks it.
 * - `too-many-parts`: over `maxMimeParts`; attachments past the bound are not collected.
 * - `attachment-unreadable`: an attachment's content stream failed; it is left out.
 * - `parse-incomplete`: mailparser stopped before the end of the message (one of its own
 *   bounds was hit), so bodies and later attachments are missing. Such mail must be held,
 *   not judged on what was read.
 */
export type ParseProblem =
  | 'headers-truncated'
  | 'text-truncated'
  | 'html-truncated'
  | 'html-to-text-failed'
  | 'too-many-parts'
  | 'attachment-unreadable'
  | 'parse-incomplete';

/** Options for {@link parseMessage}. */
export interface ParseOptions {
  /**
   * Bounds on hostile input; this uses `maxHeaderBytes`, `ruleScanBytes`,
   * `attachmentInspectBytes`, `maxMimeParts` and `parseTimeoutMs`.
   */
  limits: Limits;
  /** Aborts the parse, for instance when the scan job's time budget ends. */
  signal?: AbortSignal;
  /**
   * Folder (the scan's own, removed after it) where an attachment larger than
   * `limits.attachmentInspectBytes` is written as it streams, so that clamd and the archive
   * extractor can read it without it ever being held whole in memory. Without it such an
   * attachment is only hashed and measured.
   */
  spillDir?: string;
}

/**
 * Parses a raw RFC 5322 message stream into a bounded {@link ParsedMessage}.
 *
 * Streams through mailparser's `MailParser` (not `simpleParser`, which buffers every
 * attachment: ~6x the message size in RSS on a 25 MB attachment against ~0.5x). Attachments
 * are hashed and measured as they flow and kept whole only up to
 * `limits.attachmentInspectBytes`.
 *
 * Never rejects for malformed mail: what could not be read is listed in `problems`
 * (see {@link ParseProblem}). Rejects with the input's own error when the input stream
 * errors, and with a `PermanentError` coded `MS_ERR_PARSE` when `limits.parseTimeoutMs`
 * elapses or `options.signal` aborts; the input and the parser are destroyed then.
 */
export function parseMessage(input: Readable, options: ParseOptions): Promise<ParsedMessage> {
  return new Promise<ParsedMessage>((resolve, reject) => {
    const { limits, signal, spillDir } = options;
    const parser = new MailParser({
      // We hash with SHA-256 ourselves; mailparser's default MD5 would be wasted work, and
      // fails outright on a FIPS-mode OpenSSL.
      checksumAlgo: false,
      // textAsHtml is not used, and building it runs linkify over the whole text.
      skipTextToHtml: true,
      maxHeadSize: limits.maxHeaderBytes,
      maxChildNodes: limits.maxMimeParts * PARSER_NODES_PER_PART,
    });

    const problems = new Set<ParseProblem>();
    // Slots in order of appearance; one stays empty when its attachment could not be read.
    const attachments: (ParsedAttachment | undefined)[] = [];
    const pending: Promise<void>[] = [];
    const openContent = new Set<Readable>();
    let headers: HeaderField[] = [];
    let addresses: Pick<ParsedMessage, 'from' | 'replyTo' | 'to' | 'cc'> = {
      from: [],
      replyTo: [],
      to: [],
      cc: [],
    };
    let subject = '';
    let messageId: string | undefined;
    let body: MessageText | undefined;
    let attachmentsSeen = 0;
    let settled = false;

    const build = (): ParsedMessage => {
      const text = capChars(body?.text ?? '', limits.ruleScanBytes);
      const html = capChars(body?.html ?? '', limits.ruleScanBytes);
      if (text.truncated) problems.add('text-truncated');
      if (html.truncated) problems.add('html-truncated');
      if (body?.textConversionError) problems.add('html-to-text-failed');
      if (attachmentsSeen + countTextParts(parser) > limits.maxMimeParts) {
        problems.add('too-many-parts');
      }
      const dateField = headers.find((h) => h.name === 'date');
      return {
        headers,
        ...addresses,
        subject,
        messageId,
        date: dateField === undefined ? undefined : parseDate(dateField.value),
        text: text.value,
        html: html.value,
        plainTextPart: hasPlainTextPart(parser),
        attachments: attachments.filter((a): a is ParsedAttachment => a !== undefined),
        problems: [...problems],
      };
    };

    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      input.unpipe(parser);
      return true;
    };

    // Stops reading: the input belongs to a message we have given up on, and an attachment
    // still streaming would otherwise keep its buffers.
    const teardown = (): void => {
      parser.destroy();
      input.destroy();
      for (const content of openContent) content.destroy();
    };

    const fail = (err: Error): void => {
      if (!settle()) return;
      teardown();
      reject(err);
    };

    const onAbort = (): void => {
      fail(new PermanentError('MS_ERR_PARSE', 'message parse aborted', { cause: signal?.reason }));
    };

    const timer = setTimeout(() => {
      fail(
        new PermanentError('MS_ERR_PARSE', `message parse exceeded ${limits.parseTimeoutMs} ms`),
      );
    }, limits.parseTimeoutMs);

    if (signal?.aborted === true) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });

    // The listeners stay after settling, as no-ops: a stream we destroyed may still emit a
    // late 'error', and an 'error' with no listener would crash the worker.
    input.on('error', (err: Error) => fail(err));

    parser.on('error', (err: Error) => {
      // A bound of mailparser itself (header block over maxHeadSize, more nodes than
      // maxChildNodes) stops the parse. That is hostile or broken mail, not a fault of ours:
      // report what was read and say it is incomplete.
      if (!settle()) return;
      teardown();
      for (const problem of problemsForParserError(err)) problems.add(problem);
      problems.add('parse-incomplete');
      resolve(build());
    });

    parser.on('headers', () => {
      subject = parser.subject ?? '';
      messageId = parser.messageId;
      addresses = {
        from: flattenAddresses(parser.from),
        replyTo: flattenAddresses(parser.replyTo),
        to: flattenAddresses(parser.to),
        cc: flattenAddresses(parser.cc),
      };
    });

    parser.on('headerLines', (lines: HeaderLines) => {
      const result = decodeHeaderLines(lines, limits.maxHeaderBytes);
      headers = result.fields;
      if (result.truncated) problems.add('headers-truncated');
    });

    parser.on('data', (data: AttachmentStream | MessageText) => {
      if (data.type === 'text') {
        body = data;
        return;
      }
      attachmentsSeen += 1;
      if (attachmentsSeen > limits.maxMimeParts) {
        // Keep the parse moving to its end (mailparser waits for every release), but spend
        // nothing more on parts past the bound.
        problems.add('too-many-parts');
        data.content.resume();
        data.release?.();
        return;
      }
      const index = attachmentsSeen - 1;
      openContent.add(data.content);
      pending.push(
        readAttachment(data, limits.attachmentInspectBytes).then(
          (attachment) => {
            attachments[index] = attachment;
          },
          () => {
            problems.add('attachment-unreadable');
          },
        ),
      );
    });

    parser.on('end', () => {
      void Promise.all(pending).then(() => {
        if (settle()) resolve(build());
      });
    });

    input.pipe(parser);

    async function readAttachment(
      attachment: AttachmentStream,
      inspectBytes: number,
    ): Promise<ParsedAttachment> {
      const { content } = attachment;
      const hash = createHash('sha256');
      const headChunks: Buffer[] = [];
      let headLength = 0;
      let kept: Buffer[] | undefined = [];
      let size = 0;
      let spill: WriteStream | undefined;
      let spillFile: string | undefined;
      content.on('data', (chunk: Buffer) => {
        hash.update(chunk);
        size += chunk.length;
        if (headLength < ATTACHMENT_HEAD_BYTES) {
          const part = chunk.subarray(0, ATTACHMENT_HEAD_BYTES - headLength);
          headChunks.push(part);
          headLength += part.length;
        }
        if (kept !== undefined) {
          // Past the bound the attachment is only hashed and measured (and written to the
          // scan's folder when there is one); what was kept so far is dropped so a 25 MB
          // attachment never sits whole in memory.
          if (size > inspectBytes) {
            if (spillDir !== undefined) {
              spillFile = join(spillDir, `part-${attachmentsSeen}-${randomUUID()}`);
              spill = createWriteStream(spillFile, { mode: 0o600 });
              // Reported by finished() below: the attachment counts as unreadable.
              spill.on('error', () => undefined);
              for (const k of kept) spill.write(k);
            }
            kept = undefined;
          } else {
            kept.push(chunk);
            return;
          }
        }
        if (spill !== undefined && !spill.write(chunk)) {
          content.pause();
          spill.once('drain', () => content.resume());
        }
      });
      try {
        await finished(content);
        if (spill !== undefined) {
          spill.end();
          await finished(spill);
        }
      } finally {
        openContent.delete(content);
        attachment.release?.();
      }
      // A copy, so the head does not pin the larger chunks it was cut from.
      const head = Buffer.from(Buffer.concat(headChunks, headLength));
      return {
        filename: attachment.filename,
        contentType: declaredContentType(attachment),
        size,
        sha256: hash.digest('hex'),
        content: kept === undefined ? undefined : Buffer.concat(kept, size),
        ...(spillFile !== undefined ? { file: spillFile } : {}),
        head,
        magic: await detectMagic(head),
      };
    }
  });
}

/**
 * The Content-Type the sender declared, lower-case, without parameters. mailparser's own
 * `contentType` replaces `application/octet-stream` with a type guessed from the file name,
 * which would hide the mismatch between declared type and name that attachment rules look for.
 */
function declaredContentType(attachment: AttachmentStream): string {
  const declared = attachment.headers.get('content-type');
  let value: string | undefined;
  if (typeof declared === 'string') value = declared;
  else if (isRecord(declared) && typeof declared.value === 'string') value = declared.value;
  value ??= attachment.contentType;
  const type = (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return type === '' ? 'application/octet-stream' : type;
}

/** Turns mailparser's address objects into a flat list, group members in place of groups. */
function flattenAddresses(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const out: MailAddress[] = [];
  const visit = (entries: EmailAddress[]): void => {
    for (const entry of entries) {
      if (entry.group !== undefined) visit(entry.group);
      else out.push({ name: entry.name ?? '', address: entry.address ?? '' });
    }
  };
  for (const object of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
    visit(object.value);
  }
  return out;
}

/**
 * One {@link HeaderField} per top-level header line, in message order, so repeated fields
 * (Received) and fields mailparser merges or renames (List-*, X-Priority) keep their own
 * name and value. Stops before `maxBytes` of raw header. With `maxHeadSize` set to the same
 * bound mailsplit refuses a larger block first (it counts every line as at least 64 bytes);
 * this check keeps the list bounded should that option ever be dropped.
 */
function decodeHeaderLines(
  lines: HeaderLines,
  maxBytes: number,
): { fields: HeaderField[]; truncated: boolean } {
  const fields: HeaderField[] = [];
  let bytes = 0;
  for (const { key, line } of lines) {
    // mailsplit hands the line over as a binary string: its length is its size in bytes,
    // and +2 is the CRLF that ended it.
    bytes += line.length + 2;
    if (bytes > maxBytes) return { fields, truncated: true };
    // 8-bit header text is UTF-8 by RFC 6532; anything else shows as U+FFFD.
    const raw = Buffer.from(line, 'latin1').toString('utf8');
    const colon = raw.indexOf(':');
    // Unfolded as mailparser unfolds (line break plus indentation becomes one space), so
    // this list and mailparser's subject and addresses read the same text.
    const value = (colon >= 0 ? raw.slice(colon + 1) : '').replace(/(?:\r?\n|\r)[ \t]*/g, ' ');
    fields.push({ name: key, value: decodeEncodedWords(value.trim()) });
  }
  return { fields, truncated: false };
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g;

/**
 * Decodes RFC 2047 encoded words. mailparser decodes them only in the fields it parses
 * (subject, addresses, message ids), and leaves `X-*`, `Received` and the rest as sent,
 * which would let a rule's pattern be dodged by encoding the header.
 */
function decodeEncodedWords(value: string): string {
  let out = '';
  let last = 0;
  let run: { charset: string; bytes: Buffer[] } | undefined;
  const flush = (): void => {
    if (run !== undefined) out += decodeCharset(Buffer.concat(run.bytes), run.charset);
    run = undefined;
  };
  for (const match of value.matchAll(ENCODED_WORD)) {
    const [word, rawCharset = '', encoding = '', text = ''] = match;
    const gap = value.slice(last, match.index);
    // RFC 2047 §6.2: white space between adjacent encoded words is not displayed.
    if (run === undefined || !/^[ \t]*$/.test(gap)) {
      flush();
      out += gap;
    }
    // RFC 2231 §5 allows a language after the charset: =?utf-8*vi?Q?...?=
    const charset = rawCharset.split('*')[0]?.toLowerCase() ?? '';
    // Bytes of adjacent words in one charset are joined before decoding: senders split a
    // multi-byte character (common in Vietnamese) across two words.
    if (run !== undefined && run.charset !== charset) flush();
    run ??= { charset, bytes: [] };
    run.bytes.push(encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQ(text));
    last = match.index + word.length;
  }
  flush();
  return out + value.slice(last);
}

/** RFC 2047 §4.2 "Q" encoding: `_` is a space, `=XX` a byte. */
function decodeQ(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const hex = text.slice(i + 1, i + 3);
    if (code === 0x5f) {
      bytes.push(0x20);
    } else if (code === 0x3d && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(code & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/**
 * Decodes bytes in a declared charset; an unknown one is read as UTF-8 with bad bytes
 * replaced, as mailparser does. UTF-7 is unknown to TextDecoder, which is what we want:
 * it can smuggle `<script>` past a filter looking for `<`.
 */
function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return bytes.toString('utf8');
  }
}

/**
 * The Date header as a Date, or undefined when it cannot be read. mailparser's own `date`
 * is the current time for an unparsable header, which would make a forged date look fresh.
 */
function parseDate(value: string): Date | undefined {
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

/** Cuts `value` to `max` UTF-16 code units, never between the halves of a surrogate pair. */
function capChars(value: string, max: number): { value: string; truncated: boolean } {
  if (value.length <= max) return { value, truncated: false };
  let end = max;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return { value: value.slice(0, end), truncated: true };
}

/**
 * Text parts produce no event of their own in the streaming parser; they live in its node
 * tree, which the typings do not describe. Read it defensively: should a mailparser release
 * change the shape, this counts nothing and only attachments count against maxMimeParts.
 */
function countTextParts(parser: MailParser): number {
  let count = 0;
  const stack: unknown[] = [Reflect.get(parser, 'tree')];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRecord(node)) continue;
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
    if (node.isAttachment === false) count += 1;
  }
  return count;
}

/** Whether mailparser's tree holds a text/plain body part (not an attachment). */
function hasPlainTextPart(parser: MailParser): boolean {
  const stack: unknown[] = [Reflect.get(parser, 'tree')];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!isRecord(node)) continue;
    if (Array.isArray(node.children)) stack.push(...(node.children as unknown[]));
    if (node.isAttachment === false && node.contentType === 'text/plain') return true;
  }
  return false;
}

/** Maps the errors mailsplit raises at its bounds (code EMAXLEN) to our problem names. */
function problemsForParserError(err: Error): ParseProblem[] {
  const code = isRecord(err) ? err.code : undefined;
  if (code !== 'EMAXLEN') return [];
  if (/child nodes/i.test(err.message)) return ['too-many-parts'];
  if (/header/i.test(err.message)) return ['headers-truncated'];
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
