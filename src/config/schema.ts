import { isIP } from 'node:net';
import { z } from 'zod';
import { defaultLimits } from '../core/limits.js';
import { hostPort } from './host-port.js';

/** Retry schedule: delay = min(baseDelayMs * 2^(attempt-1), maxDelayMs). */
const retrySchema = z
  .object({
    attempts: z.number().int().min(1),
    baseDelayMs: z.number().int().min(1),
    maxDelayMs: z.number().int().min(1),
  })
  .strict();

/** A proxy address as fastify (proxy-addr) takes it: an IP, a CIDR, or a named range. */
function isProxyAddress(v: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(v)) return true;
  const [addr, bits, ...rest] = v.split('/');
  if (rest.length > 0 || !addr) return false;
  const family = isIP(addr);
  if (family === 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}

const TRUST_PROXY_HELP =
  'write the addresses of the reverse proxies in front (a list of IPs or CIDRs, e.g. ' +
  '[127.0.0.1] or [10.0.0.0/8]) or the number of proxy hops (e.g. 1); false when none';

const trustProxySchema = z
  .union([
    z.literal(false),
    z.number().int().min(1).max(16),
    z
      .array(
        z
          .string()
          .refine(isProxyAddress, { message: `not an IP address or CIDR; ${TRUST_PROXY_HELP}` }),
      )
      .min(1),
  ])
  .or(
    z.literal(true).transform((_v, ctx): false => {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message:
          'true would trust X-Forwarded-For from any client, who could then forge their ' +
          `address past the login rate limit and into the audit log; ${TRUST_PROXY_HELP}`,
      });
      return z.NEVER;
    }),
  );

/** A node id: it becomes part of queue names, so no `:` (BullMQ's separator) and no `@`. */
export const NODE_ID_RE = /^[A-Za-z0-9_.-]{1,64}$/;

export const configSchema = z
  .object({
    /** Spool, quarantine, database, generated certificates. */
    dataDir: z.string().default('var'),
    /** Host name used in the SMTP greeting, Received: headers and DSNs. */
    hostname: z.string().default('mailshield.localdomain'),
    /**
     * This gateway node's id (issue #16): it names the node's queues on the shared Redis
     * (`scan@<id>`, `deliver@<id>`), so only the workers that read this node's spool take
     * its jobs. Stable across restarts: a node that comes back under another id leaves its
     * spooled mail to no one (the spool records its id and refuses another). `--node-id`
     * and `MAILSHIELD_NODE_ID` override it.
     * @defaultValue the host name (letters, digits, `.`, `_`, `-` kept, the rest `-`)
     */
    nodeId: z.string().regex(NODE_ID_RE, 'letters, digits, ".", "_" or "-", at most 64').optional(),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
    smtp: z
      .object({
        host: z.string().default('0.0.0.0'),
        port: z.number().int().min(0).max(65535).default(2525),
        /** Simultaneous SMTP sessions in all. */
        maxClients: z.number().int().min(1).default(500),
        /** Simultaneous sessions from one IP address; more get 421. */
        maxConnectionsPerIp: z.number().int().min(1).default(20),
        /** Idle time before the session is closed (RFC 5321 §4.5.3.2 suggests minutes). */
        socketTimeoutMs: z.number().int().min(1000).default(120_000),
        /**
         * Longest a client may take to send one message, from DATA to the final dot
         * (issue #15): the idle timeout alone lets a client that sends a byte every few
         * seconds hold a session for ever. Past it: `421 4.4.2`, the message is not kept.
         * @defaultValue 600000 (10 minutes: 25 MB at about 40 KB/s)
         */
        dataDeadlineMs: z.number().int().min(1000).default(600_000),
        /**
         * Longest a whole SMTP session may last, however active (issue #15). Past it:
         * `421 4.4.2`; a message being received then is not kept.
         * @defaultValue 1800000 (30 minutes)
         */
        sessionDeadlineMs: z.number().int().min(1000).default(1_800_000),
        /**
         * Wait before the greeting; a client that talks first gets 421 (an early-talker
         * check, like postscreen's greet wait). 0 greets at once: with a wait, one
         * connection carries at most 1000/greetWaitMs messages a second to one-message
         * clients.
         */
        greetWaitMs: z.number().int().min(0).max(10_000).default(0),
        /**
         * Before-queue mode (issue #14): after the final dot the session waits at most
         * `waitMs` for the message's verdict and answers `550 5.7.1` for malware and for a
         * score at or above `thresholds.reject`; past the bound, `250` and the usual
         * after-queue path. The message is spooled first either way. Off by default: each
         * session then lasts as long as its scan (ingress bench in the README).
         */
        beforeQueue: z
          .object({
            enabled: z.boolean().default(false),
            /**
             * Longest wait for the verdict. RFC 5321 §4.5.3.2.6 has clients wait 10 minutes
             * for the reply to the final dot; 30 s covers a scan with archives and leaves
             * slow cases to the after-queue path. @defaultValue 30000
             */
            waitMs: z.number().int().min(100).max(300_000).default(30_000),
          })
          .strict()
          .default({}),
        tls: z
          .object({
            /** PEM files; when absent a self-signed certificate is generated in dataDir/tls. */
            key: z.string().optional(),
            cert: z.string().optional(),
          })
          .strict()
          .default({}),
      })
      .strict()
      .refine(
        (smtp) => !smtp.beforeQueue.enabled || smtp.beforeQueue.waitMs < smtp.socketTimeoutMs,
        {
          message:
            'smtp.beforeQueue.waitMs must be below smtp.socketTimeoutMs (the idle timeout would end the session first)',
        },
      )
      .default({}),
    web: z
      .object({
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
        /** Mark the session cookie Secure even on plain HTTP (set behind a TLS proxy). */
        secureCookies: z.boolean().default(false),
        /**
         * Which peers may set X-Forwarded-* (client address, https): the reverse proxy's
         * addresses or CIDRs (`[127.0.0.1]`, `[10.0.0.0/8]`; also `loopback`, `linklocal`,
         * `uniquelocal`), or the number of proxy hops in front when only they can reach the
         * web port. `true` (trust anyone) is refused: a forged X-Forwarded-For would rotate
         * past the login rate limit and land in the audit log (issue #15).
         * @defaultValue false
         */
        trustProxy: trustProxySchema.default(false),
        /** A session unused this long ends. */
        sessionIdleMinutes: z.number().int().min(1).default(30),
        /** A session ends this long after login, used or not. */
        sessionMaxHours: z.number().int().min(1).default(12),
        /** Login attempts per client address per minute; more get 429. */
        loginAttemptsPerMinute: z.number().int().min(1).default(10),
        /** Wrong passwords in a row that lock an account. */
        lockoutAttempts: z.number().int().min(1).default(5),
        /** How long a locked account stays locked. */
        lockoutMinutes: z.number().int().min(1).default(15),
        /**
         * /healthz and /metrics (no login) on their own address, e.g. for a scraper on
         * another network; when absent they are served by the web app itself.
         */
        metrics: z
          .object({
            host: z.string().default('127.0.0.1'),
            port: z.number().int().min(0).max(65535),
          })
          .strict()
          .optional(),
      })
      .strict()
      .default({}),
    quarantine: z
      .object({
        /** Held mail is purged after this many days; message rows and events stay. */
        retentionDays: z.number().int().min(1).default(30),
        /**
         * Where the bytes of held mail go (issue #16): `file` (an .eml under
         * dataDir/quarantine: one machine) or `store` (chunks in the database, readable by
         * every node, also while the node that held it is down).
         * @defaultValue `store` when `database.url` is set (PostgreSQL), else `file`
         */
        storage: z.enum(['file', 'store']).optional(),
      })
      .strict()
      .default({}),
    /**
     * The message trace (issue #17): what the SMTP phase accepted, refused and deferred,
     * recorded by the gateway in batches that never hold up a session.
     */
    trace: z
      .object({
        /** SMTP-phase rows older than this are purged (hourly, with the quarantine's purge). */
        retentionDays: z.number().int().min(1).default(90),
        /**
         * Rows the gateway buffers at most while the store is slow or down; past it rows are
         * dropped (and counted), never the session. @defaultValue 10000
         */
        bufferRows: z.number().int().min(100).default(10_000),
        /** A buffered row is written at most this long after it was recorded. */
        flushMs: z.number().int().min(10).max(60_000).default(200),
      })
      .strict()
      .default({}),
    redis: z
      .object({
        /** One Redis; with `sentinels` set, only its password and db number are used. */
        url: z.string().default('redis://127.0.0.1:6379'),
        /**
         * Redis Sentinel (issue #16): ioredis asks these for the current primary of `name`
         * and follows a failover; every connection (queues, workers, before-queue) does.
         * Mail is never lost to a failover: producers answer 451 until the new primary
         * answers, workers wait, and the spools re-queue anything Redis lost.
         */
        sentinels: z
          .array(
            z
              .object({
                host: z.string().min(1),
                port: z.number().int().min(1).max(65535).default(26379),
              })
              .strict(),
          )
          .min(1)
          .optional(),
        /** The Sentinel master group name. @defaultValue 'mymaster' */
        name: z.string().min(1).default('mymaster'),
        /** Password of the Sentinels themselves, when they require one. */
        sentinelPassword: z.string().optional(),
      })
      .strict()
      .default({}),
    queue: z
      .object({
        prefix: z
          .string()
          .regex(/^[A-Za-z0-9_.-]+$/)
          .default('mailshield'),
        /**
         * How often the gateway checks that every spooled message has its job (a Redis
         * that came back empty is refilled from the spool within this time).
         */
        sweepIntervalMs: z.number().int().min(500).default(60_000),
      })
      .strict()
      .default({}),
    /** The gateway's spool (src/spool/): where messages live from 250 to their outcome. */
    spool: z
      .object({
        /**
         * Messages up to this size are appended to a shared segment file and flushed
         * together (group commit); larger ones get a file of their own. 0: every message
         * gets its own file.
         */
        recordMaxBytes: z
          .number()
          .int()
          .min(0)
          .default(256 * 1024),
        /** A segment past this size is closed and a new one started. */
        segmentBytes: z
          .number()
          .int()
          .min(1024 * 1024)
          .default(64 * 1024 * 1024),
      })
      .strict()
      .default({}),
    clamd: z
      .object({
        /** Unix socket of clamd; takes precedence over host/port. */
        socket: z.string().optional(),
        host: z.string().default('127.0.0.1'),
        port: z.number().int().min(1).max(65535).default(3310),
        /** A scan that takes longer fails and is retried; never treated as clean. */
        timeoutMs: z.number().int().min(100).default(60_000),
      })
      .strict()
      .default({}),
    /** Path of the agency directory YAML. */
    agencies: z.string().default('seeds/agencies.yaml'),
    rules: z
      .object({
        dir: z.string().default('rules'),
        overrides: z
          .record(
            z.string(),
            z.object({ score: z.number().optional(), enabled: z.boolean().optional() }).strict(),
          )
          .default({}),
        /**
         * The rules ran out of `limits.ruleBudgetMs` on a message: `tag` (delivered tagged,
         * scored on the rules that ran) or `hold` (quarantine as policy). Never clean.
         * @defaultValue 'tag'
         */
        budgetOverrun: z.enum(['tag', 'hold']).default('tag'),
      })
      .strict()
      .default({}),
    /** Sender authentication and the Bayes classifier (docs/detection.md). */
    detection: z
      .object({
        auth: z
          .object({
            /** SPF, DKIM, DMARC and ARC with mailauth; needs DNS (lookup failures are neutral). */
            enabled: z.boolean().default(true),
            /** One DNS lookup may take this long before it counts as a temporary error. */
            timeoutMs: z.number().int().min(100).default(3_000),
            /**
             * DNS servers for the checks (`127.0.0.1`, `127.0.0.1:5353`, `[::1]:53`): a
             * local validating resolver; unset: the system's resolvers.
             */
            dnsServers: z.array(z.string().min(1)).min(1).optional(),
          })
          .strict()
          .default({}),
        archives: z
          .object({
            /**
             * An encrypted archive no password from the mail opens: `hold` (quarantine as
             * policy) or `tag` (delivered tagged). Never delivered as clean.
             */
            encryptedUnopened: z.enum(['hold', 'tag']).default('hold'),
            /** The 7-Zip binary (Debian's p7zip-full or 7zip), used to list and extract. */
            sevenZip: z.string().default('7z'),
          })
          .strict()
          .default({}),
        bayes: z
          .object({
            enabled: z.boolean().default(true),
            /** Model file, relative to dataDir unless absolute. */
            path: z.string().default('bayes.json'),
            /**
             * The clear cases of the site's own mail teach the classifier (bayes/autolearn.ts):
             * authenticated mail no rule scored as ham, mail the rules alone hold as spam.
             */
            autolearn: z
              .object({
                enabled: z.boolean().default(true),
                /** Messages of each class learned per day and worker process, at most. */
                maxPerDay: z.number().int().min(1).default(500),
                /** Autolearned days kept in the model; older ones are dropped. */
                retentionDays: z.number().int().min(1).default(90),
                /** Score of rules other than the classifier from which held mail is learned as spam. */
                spamRulesScore: z.number().min(0).default(10),
              })
              .strict()
              .default({}),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    /**
     * Per-agency sender allow/deny lists kept by officers (src/senders/, docs/detection.md
     * "Sender lists").
     */
    senderLists: z
      .object({
        /**
         * A scan worker checks the lists' version at most this often, reloading them when
         * it moved: a change applies within this delay, without a restart.
         */
        refreshMs: z.number().int().min(100).default(5_000),
        /**
         * Score of an allow entry the sender's authentication does not support (no DMARC
         * pass for the From, no SPF pass for the envelope): lowered only, never delivered
         * on the entry alone.
         */
        unverifiedAllowScore: z.number().max(0).default(-2),
      })
      .strict()
      .default({}),
    /** Score thresholds of the verdict (see README "Verdicts"). */
    thresholds: z
      .object({
        tag: z.number(),
        quarantine: z.number(),
        reject: z.number(),
        /**
         * Score needed from rules other than the statistical classifier to hold mail on
         * its score: the classifier alone tags at most.
         */
        corroboration: z.number().min(0).default(2),
      })
      .strict()
      .refine((t) => t.tag <= t.quarantine && t.quarantine <= t.reject, {
        message: 'thresholds must satisfy tag <= quarantine <= reject',
      })
      .describe('required: the score thresholds are policy, kept in mailshield.yaml'),
    /** Subject prefix added to tagged mail. */
    tagSubjectPrefix: z.string().default('[SPAM?]'),
    worker: z
      .object({
        scanConcurrency: z.number().int().min(1).default(4),
        deliverConcurrency: z.number().int().min(1).default(8),
        /** clamd down or another transient scan fault: retried on this schedule, never delivered. */
        scanRetry: retrySchema.default({ attempts: 2000, baseDelayMs: 5_000, maxDelayMs: 300_000 }),
        /**
         * A job whose worker died is taken up again after this lock expires (BullMQ
         * lockDuration; stalled jobs are checked at the same interval).
         */
        lockDurationMs: z.number().int().min(1000).default(30_000),
        /** Times a job may be found stalled before BullMQ fails it (the sweep retries it). */
        maxStalledCount: z.number().int().min(1).default(5),
        /**
         * `mailshield start`: 1 runs the scan and deliver workers in the start process;
         * more runs them in that many child processes (`mailshield worker`, each with the
         * concurrency above), restarted when they exit. `start --workers N` overrides it.
         */
        processes: z.number().int().min(1).max(64).default(1),
      })
      .strict()
      .default({}),
    deliver: z
      .object({
        /** 4xx and connection errors: about five days with the defaults. */
        retry: retrySchema.default({ attempts: 130, baseDelayMs: 60_000, maxDelayMs: 3_600_000 }),
        /** Seconds to wait for the next hop's greeting and replies. */
        timeoutMs: z.number().int().min(1000).default(60_000),
        /** Connections kept open per next hop. */
        poolSize: z.number().int().min(1).default(5),
        /**
         * Relay for delivery status notifications to senders outside the agency domains
         * ("host:port"); without it such DSNs are logged and dropped.
         */
        dsnRelay: hostPort.optional(),
        /** Envelope and header sender of DSNs. */
        postmaster: z.string().optional(),
      })
      .strict()
      .default({}),
    /**
     * Statistics and the monthly report (docs/reports.md). Days and months are always
     * Asia/Ho_Chi_Minh (UTC+7), the province's calendar: not configurable.
     */
    reports: z
      .object({
        /** Folder of the monthly files YYYY-MM.{txt,csv,json,html}, relative to dataDir. */
        dir: z.string().default('reports'),
        /** Event rows are kept this many whole months before the current one. */
        retentionMonths: z.number().int().min(1).default(13),
        /**
         * Addresses the monthly files are mailed to on the 1st. Only addresses in an agency
         * domain, or any address when deliver.dsnRelay is set, can be routed.
         */
        mailTo: z.array(z.string().email()).default([]),
        /** Language of the monthly files and mail. */
        lang: z.enum(['vi', 'en']).default('vi'),
        /**
         * Time limit of a report's queries (web pages and exports, `mailshield report`, the
         * monthly files), in ms: past it the report is refused (503 in the web) rather than
         * holding the web process or the database (issue #15). Five years of a province's
         * events aggregate in a few seconds.
         */
        queryTimeoutMs: z.number().int().min(100).default(20_000),
        /**
         * Name of the filtering system in the province's sentence: "Từ 01/01/2024 -
         * 30/6/2024, hệ thống <systemName> đã loại bỏ ..." (issue #17). Empty: "hệ thống
         * đã loại bỏ ...".
         */
        systemName: z.string().max(200).default(''),
        /**
         * The html report as an administrative document (Decree 30/2020/NĐ-CP):
         * src/report/document.ts says what each key prints. Number and date are left blank
         * to be filled in when the report is signed.
         */
        document: z
          .object({
            parentBody: z.string().max(200).default(''),
            issuer: z.string().max(200).default(''),
            numberCode: z.string().max(50).default('BC'),
            place: z.string().max(100).default(''),
            recipients: z.array(z.string().max(200)).max(30).default(['Lưu: VT']),
            signerAuthority: z.string().max(100).default(''),
            signerTitle: z.string().max(100).default(''),
            signerName: z.string().max(100).default(''),
          })
          .strict()
          .default({}),
      })
      .strict()
      .default({}),
    database: z
      .object({
        /** SQLite file, relative to dataDir unless absolute; unused when `url` is set. */
        path: z.string().default('mailshield.db'),
        /**
         * `postgres://user:password@host:5432/db`: the store is in PostgreSQL, shared by
         * several gateway, worker and web nodes. Unset: the SQLite file at `path` (one
         * machine). `MAILSHIELD_DATABASE_URL` overrides it (it may hold a password).
         */
        url: z
          .string()
          .regex(/^postgres(ql)?:\/\//, 'expected a postgres:// or postgresql:// URL')
          .optional(),
        /**
         * PostgreSQL schema of mailshield's tables (created when missing), so one database
         * can hold several installations or test runs.
         * @defaultValue 'public'
         */
        schema: z
          .string()
          .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier')
          .default('public'),
        /**
         * Connections each process keeps to PostgreSQL at most. A gateway, a worker and a
         * web process each open one pool; PostgreSQL's default `max_connections` is 100.
         * @defaultValue 10
         */
        poolMax: z.number().int().min(1).max(100).default(10),
      })
      .strict()
      .default({}),
    limits: z
      .object({
        maxMessageBytes: z.number().int().min(1024).default(defaultLimits.maxMessageBytes),
        maxRecipients: z.number().int().min(1).default(defaultLimits.maxRecipients),
        maxHeaderBytes: z.number().int().min(1024).default(defaultLimits.maxHeaderBytes),
        ruleScanBytes: z.number().int().min(1024).default(defaultLimits.ruleScanBytes),
        attachmentInspectBytes: z
          .number()
          .int()
          .min(0)
          .default(defaultLimits.attachmentInspectBytes),
        maxMimeParts: z.number().int().min(1).default(defaultLimits.maxMimeParts),
        parseTimeoutMs: z.number().int().min(100).default(defaultLimits.parseTimeoutMs),
        clamdMaxStreamBytes: z.number().int().min(1024).default(defaultLimits.clamdMaxStreamBytes),
        structureScanBytes: z.number().int().min(0).default(defaultLimits.structureScanBytes),
        maxArchiveDepth: z.number().int().min(1).default(defaultLimits.maxArchiveDepth),
        maxArchiveMembers: z.number().int().min(1).default(defaultLimits.maxArchiveMembers),
        maxArchiveUnpackedBytes: z
          .number()
          .int()
          .min(1024)
          .default(defaultLimits.maxArchiveUnpackedBytes),
        archiveTimeoutMs: z.number().int().min(100).default(defaultLimits.archiveTimeoutMs),
        maxPasswordCandidates: z.number().int().min(0).default(defaultLimits.maxPasswordCandidates),
        passwordBudgetMs: z.number().int().min(0).default(defaultLimits.passwordBudgetMs),
        ruleBudgetMs: z.number().int().min(1).default(defaultLimits.ruleBudgetMs),
        maxScanViews: z.number().int().min(1).default(defaultLimits.maxScanViews),
      })
      .strict()
      .default({}),
  })
  .strict();

export type Config = z.infer<typeof configSchema>;
export type RetrySchedule = z.infer<typeof retrySchema>;
