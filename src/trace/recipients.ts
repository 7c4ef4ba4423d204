import type { DeliveryRow } from '../store/deliveries-repo.js';
import type { HoldRow } from '../store/holds-repo.js';

/**
 * Where one recipient's copy of a message stands, as the trace shows it:
 * - `received`: spooled, verdict not recorded yet (scanning, or waiting for clamd);
 * - `delivering`: on its way to the next hop (first attempt or retries);
 * - `delivered`: the next hop answered 250; `bounced`: it answered 5xx (a DSN went back);
 * - `failed`: retries ran out (a DSN went back);
 * - `held`, `deleted`, `purged`: this agency's quarantine copy;
 * - `rejected`: refused after DATA in before-queue mode (550, nothing kept).
 */
export type RecipientState =
  | 'received'
  | 'delivering'
  | 'delivered'
  | 'bounced'
  | 'failed'
  | 'held'
  | 'deleted'
  | 'purged'
  | 'rejected';

export interface RecipientTrace {
  address: string;
  agency: string | undefined;
  state: RecipientState;
  /** Delivered with the tag headers and subject prefix (verdict action `tag`). */
  tagged: boolean;
  /** Released from the quarantine by an officer of this agency before delivery. */
  released: boolean;
  /** The next hop's reply, when it gave one. */
  reply: string | null;
  /** Epoch ms of the last change of this copy (delivery or hold); null: none yet. */
  time: number | null;
}

/** The message fields the states are derived from; null: no verdict recorded yet. */
export interface TracedMessage {
  rcptTo: readonly string[];
  state: string;
  action: string | null;
}

const HOLD_STATES: Record<string, RecipientState> = {
  quarantined: 'held',
  deleted: 'deleted',
  purged: 'purged',
};

const DELIVERY_STATES: Record<string, RecipientState> = {
  pending: 'delivering',
  sent: 'delivered',
  bounced: 'bounced',
  failed: 'failed',
};

/**
 * Each recipient's state, from the message row, its deliveries (one per next hop, listing
 * its recipients) and its quarantine holds (one per agency). Pure, so the page, the API and
 * the tests read the same answer. `message` undefined: spooled, no verdict yet.
 */
export function recipientTraces(
  recipients: readonly string[],
  message: TracedMessage | undefined,
  deliveries: readonly DeliveryRow[],
  holds: readonly HoldRow[],
  agencyOf: (rcpt: string) => string | undefined,
): RecipientTrace[] {
  const deliveryOf = new Map<string, DeliveryRow>();
  for (const d of deliveries) {
    for (const r of parseList(d.recipients)) deliveryOf.set(r.toLowerCase(), d);
  }
  return recipients.map((address) => {
    const agency = agencyOf(address);
    const base = { address, agency, tagged: message?.action === 'tag', released: false };
    if (message === undefined) return { ...base, state: 'received', reply: null, time: null };
    if (message.state === 'rejected')
      return { ...base, state: 'rejected', reply: null, time: null };
    const hold = holds.find((h) => h.agency === agency);
    const held = hold ? HOLD_STATES[hold.state] : undefined;
    if (hold && held) return { ...base, state: held, reply: null, time: hold.updated_at };
    const d = deliveryOf.get(address.toLowerCase());
    const released = hold?.state === 'released';
    if (!d) {
      // A released copy whose delivery is not recorded yet, or a verdict not acted on yet.
      return { ...base, released, state: 'delivering', reply: null, time: null };
    }
    return {
      ...base,
      released,
      state: DELIVERY_STATES[d.status] ?? 'delivering',
      reply: d.response,
      time: d.updated_at,
    };
  });
}

function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
