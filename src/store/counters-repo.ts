import type { Db } from './db.js';

/** Stable counter names; /metrics shows each as `mailshield_<name>_total`. */
export type CounterName =
  | 'smtp_data_deadline'
  | 'smtp_session_deadline'
  | 'spool_damaged_records'
  | 'before_queue_refused'
  | 'before_queue_timeout'
  | 'rules_budget_overrun'
  | 'sender_list_changes'
  | 'smtp_trace_dropped';

export const COUNTER_HELP: Record<CounterName, string> = {
  smtp_data_deadline:
    'SMTP sessions ended with 421 because DATA took longer than smtp.dataDeadlineMs.',
  smtp_session_deadline:
    'SMTP sessions ended with 421 because they lasted longer than smtp.sessionDeadlineMs.',
  spool_damaged_records: 'Damaged spool segment records moved aside to spool/damaged/ at start.',
  before_queue_refused:
    'Messages refused with 550 5.7.1 after DATA in before-queue mode (malware, score >= reject).',
  before_queue_timeout:
    'Before-queue sessions answered 250 because the verdict took longer than smtp.beforeQueue.waitMs.',
  rules_budget_overrun:
    'Messages whose rules took longer than limits.ruleBudgetMs: scored on the rules that ran, tagged at least.',
  sender_list_changes:
    'Entries added to or removed from the per-agency sender lists; scan workers reload the lists when it moves.',
  smtp_trace_dropped:
    'Message-trace rows of the SMTP phase lost because the store was slow or failing (the sessions were answered as usual).',
};

/** Adds `n` to a counter (created at 0). */
export async function bumpCounter(db: Db, name: CounterName, n = 1): Promise<void> {
  const now = Date.now();
  await db
    .insertInto('counters')
    .values({ name, value: n, updated_at: now })
    .onConflict((oc) =>
      oc.column('name').doUpdateSet((eb) => ({
        value: eb('counters.value', '+', n),
        updated_at: now,
      })),
    )
    .execute();
}

/** Every known counter, 0 when it never moved. */
export async function readCounters(db: Db): Promise<Record<CounterName, number>> {
  const rows = await db.selectFrom('counters').select(['name', 'value']).execute();
  const out = Object.fromEntries(
    (Object.keys(COUNTER_HELP) as CounterName[]).map((k) => [k, 0]),
  ) as Record<CounterName, number>;
  for (const r of rows) if (r.name in out) out[r.name as CounterName] = Number(r.value);
  return out;
}

/** One counter's value, 0 when it never moved. */
export async function readCounter(db: Db, name: CounterName): Promise<number> {
  const row = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirst();
  return Number(row?.value ?? 0);
}
