import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface Captured {
  from: string;
  to: string[];
  raw: Buffer;
}

/** What the sink answers; return an SMTP reply code and text to refuse, undefined to accept. */
export interface SinkBehaviour {
  onRcpt?: (rcpt: string) => [number, string] | undefined;
  onData?: (n: number, raw: Buffer) => [number, string] | undefined;
  /**
   * Wait this long before answering DATA. A message counts as received only if the client
   * is still connected to read the 250, as a real MTA that commits on its reply.
   */
  replyDelayMs?: number;
  /** Close the connection after the data arrives, without any reply (for the n-th DATA). */
  dropAfterData?: (n: number) => boolean;
}

export interface Sink {
  port: number;
  messages: Captured[];
  /** DATA transactions answered, accepted or not. */
  attempts: number;
  /** Messages whose data arrived in full (counted before any reply delay). */
  received: number;
  behaviour: SinkBehaviour;
  close(): Promise<void>;
}

/** A capturing next hop on 127.0.0.1 (an agency's mail server in the tests). */
export async function startSink(behaviour: SinkBehaviour = {}, port = 0): Promise<Sink> {
  const sink: Sink = {
    port: 0,
    messages: [],
    attempts: 0,
    received: 0,
    behaviour,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const reply = (r: [number, string]): Error & { responseCode: number } =>
    Object.assign(new Error(r[1]), { responseCode: r[0] });
  const closed = new Set<string>();
  const server = new SMTPServer({
    onClose(session) {
      closed.add(session.id);
    },
    authOptional: true,
    disabledCommands: ['AUTH'],
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _s, cb) {
      const r = sink.behaviour.onRcpt?.(address.address);
      cb(r ? reply(r) : undefined);
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        sink.received++;
        if (sink.behaviour.dropAfterData?.(sink.received)) {
          // smtp-server keeps its sockets private; its connection objects carry them.
          const conns = (
            server as unknown as {
              connections: Set<{ session: { id: string }; _socket: { destroy(): void } }>;
            }
          ).connections;
          for (const c of conns) if (c.session.id === session.id) c._socket.destroy();
          return;
        }
        void finish();
      });
      const finish = async (): Promise<void> => {
        if (sink.behaviour.replyDelayMs)
          await new Promise((r) => setTimeout(r, sink.behaviour.replyDelayMs));
        if (closed.has(session.id)) return;
        const raw = Buffer.concat(chunks);
        sink.attempts++;
        const r = sink.behaviour.onData?.(sink.attempts, raw);
        if (r) {
          cb(reply(r));
          return;
        }
        sink.messages.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((x) => x.address),
          raw,
        });
        cb(null, '2.0.0 captured');
      };
    },
  });
  // A sender killed mid-session makes smtp-server emit 'error'; a real MTA carries on.
  server.on('error', () => undefined);
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  sink.port = (server.server.address() as AddressInfo).port;
  return sink;
}
