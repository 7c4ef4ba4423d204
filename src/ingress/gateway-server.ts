import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { SMTPConnection } from 'smtp-server/lib/smtp-connection.js';

/** Which deadline ended a session (issue #15). */
export type DeadlinePhase = 'data' | 'session';

/**
 * A reply smtp-server itself gives before any of the gateway's handlers is asked (the
 * client limit, a SIZE parameter over the limit), for the message trace (issue #17).
 */
export interface ServerRefusal {
  phase: 'connect' | 'mail';
  code: number;
  reply: string;
  remoteAddress: string;
  helo?: string | undefined;
  mailFrom?: string | undefined;
}

export interface GatewayServerOptions {
  /** Wait before the greeting, for the early-talker check (0: none). */
  greetWaitMs: number;
  /** Longest DATA phase, from DATA to the final dot. */
  dataDeadlineMs: number;
  /** Longest session, from connect. */
  sessionDeadlineMs: number;
  /** Told of every session a deadline ended (logs and /metrics). */
  onDeadline?: (phase: DeadlinePhase, remoteAddress: string) => void;
  /** Told of the refusals smtp-server makes on its own (the message trace). */
  onServerRefusal?: (refusal: ServerRefusal) => void;
}

/**
 * smtp-server with the changes the gateway needs (bench/run.ts, issue #15).
 *
 * The greet wait. smtp-server waits a fixed 100 ms before its greeting, to catch clients
 * that talk before it (they get 421, as with postscreen's greet wait). That wait bounds
 * every connection to about ten messages a second when a client sends one message per
 * connection, as many MTAs do. Here it is a setting (`smtp.greetWaitMs`): 0 greets at
 * once, as Postfix and Haraka do unless their early-talker checks are turned on.
 *
 * Replies written together. A client that pipelines (RFC 2920) sends MAIL, RCPT and DATA
 * in one packet; smtp-server answers each with its own socket write. Replies produced in
 * the same tick now leave in one write: on the project's machines each write that wakes
 * the peer costs more CPU than the rest of the command's handling.
 *
 * Control characters in commands. smtp-server splits commands on LF and hands the rest,
 * bare CR and NUL included, to the handlers: `MAIL FROM:<a@example.org>\rX-Injected: yes>`
 * was accepted, and a CR reaches whatever logs or relays the address. RFC 5321 §2.3.8 and
 * §4.1.1 allow no control character in a command line; every such line gets `501` and is
 * never executed (TAB, ordinary whitespace, is allowed).
 *
 * Deadlines. The idle timeout (`socketTimeout`) restarts with every byte, so one byte every
 * few seconds held a DATA phase open for ever. A DATA deadline and a session deadline end
 * such sessions with `421 4.4.2`; the message being received then is dropped (its stream
 * fails, so the spool keeps nothing). A message fully received whose reply we still owe
 * is never cut: the deadline waits for our reply (the client is not at fault).
 *
 * `connect` replaces SMTPConnection.init() (listeners, client limit, wait, then
 * connectionReady); tests/unit/ingress/gateway-server.test.ts checks these behaviours
 * against the installed smtp-server.
 */
export class GatewaySmtpServer extends SMTPServer {
  constructor(
    options: SMTPServerOptions,
    private readonly gateway: GatewayServerOptions,
  ) {
    super(options);
  }

  override connect(
    socket: Socket,
    socketOptions?: ConstructorParameters<typeof SMTPConnection>[2],
  ): void {
    const connection = new GatewayConnection(this, socket, socketOptions, this.gateway);
    this.connections.add(connection);
    connection.on('error', (err: Error) => this._onError(err));
    connection.on('connect', (data: Parameters<SMTPServer['_onClientConnect']>[0]) =>
      this._onClientConnect(data),
    );
    connection._setListeners(() => {
      const max = this.options.maxClients;
      if (max && this.connections.size > max) {
        this.gateway.onServerRefusal?.({
          phase: 'connect',
          code: 421,
          reply: 'Too many connected clients, try again in a moment',
          remoteAddress: connection.remoteAddress,
        });
        connection.send(
          421,
          `${connection.name} Too many connected clients, try again in a moment`,
          false,
        );
        return;
      }
      const wait = this.gateway.greetWaitMs;
      if (wait <= 0) {
        connection.connectionReady();
        return;
      }
      setTimeout(() => connection.connectionReady(), wait).unref();
    });
  }
}

/** Any C0 control character but TAB, or DEL (RFC 5321 §4.1.1: commands are printable). */
export function hasControlCharacter(line: Buffer): boolean {
  for (const b of line) {
    if ((b < 0x20 && b !== 0x09) || b === 0x7f) return true;
  }
  return false;
}

/** While a deadline waits for our own reply, it looks again this often. */
const DEADLINE_RECHECK_MS = 1000;

class GatewayConnection extends SMTPConnection {
  private corked = false;
  private sessionTimer: NodeJS.Timeout | undefined;
  private dataTimer: NodeJS.Timeout | undefined;
  private ended = false;

  constructor(
    server: SMTPServer,
    socket: Socket,
    socketOptions: ConstructorParameters<typeof SMTPConnection>[2],
    private readonly gateway: GatewayServerOptions,
  ) {
    super(server, socket, socketOptions);
    this.sessionTimer = setTimeout(() => this.deadline('session'), gateway.sessionDeadlineMs);
    this.sessionTimer.unref();
    socket.once('close', () => this.clearTimers());
  }

  /** Holds the replies of one tick and writes them at once (socket cork / uncork). */
  override send(code: number, data?: string | string[] | null, context?: string | false): void {
    const socket = this._socket;
    if (!this.corked && !socket.destroyed) {
      this.corked = true;
      socket.cork();
      process.nextTick(() => {
        this.corked = false;
        socket.uncork();
      });
    }
    super.send(code, data, context);
  }

  override _onCommand(command: Buffer, callback?: () => void): void {
    // Command lines only: message data never comes through here. The parser removed the
    // line's CRLF (or bare LF): any control character left, a CR included, is inside it.
    if (this._ready && !this._upgrading && hasControlCharacter(command)) {
      this._unrecognizedCommands++;
      if (this._unrecognizedCommands >= 10) {
        this.send(421, '4.7.0 Too many bad commands, closing connection');
        return;
      }
      this.send(501, '5.5.2 Syntax error: control character in command line', false);
      const next = callback ?? ((): boolean => false);
      setImmediate(() => this._whenWritable(next));
      return;
    }
    super._onCommand(command, callback);
  }

  /** smtp-server's own MAIL FROM checks (SIZE over the limit: 552), seen by the trace. */
  override _validateMailParams(
    parsed: Parameters<SMTPConnection['_validateMailParams']>[0],
  ): ReturnType<SMTPConnection['_validateMailParams']> {
    const err = super._validateMailParams(parsed);
    if (err && err.code >= 500 && err.code !== 501) {
      this.gateway.onServerRefusal?.({
        phase: 'mail',
        code: err.code,
        reply: err.message,
        remoteAddress: this.remoteAddress,
        helo: this.session.hostNameAppearsAs || undefined,
        mailFrom: parsed.address,
      });
    }
    return err;
  }

  override handler_DATA(command: Buffer, callback: () => void): void {
    super.handler_DATA(command, callback);
    const stream = this._dataStream;
    if (!stream) return;
    clearTimeout(this.dataTimer);
    this.dataTimer = setTimeout(() => this.deadline('data'), this.gateway.dataDeadlineMs);
    this.dataTimer.unref();
    const clear = (): void => clearTimeout(this.dataTimer);
    stream.once('end', clear);
    stream.once('close', clear);
  }

  /** The client is still sending the message (the final dot has not come). */
  private receiving(): boolean {
    return Boolean(this._dataStream && this._parser && this._parser._dataMode);
  }

  private deadline(phase: DeadlinePhase): void {
    if (this.ended || this._closing || this._socket.destroyed) return;
    if (phase === 'data' && !this.receiving()) return;
    // Waiting for our own handler or our reply to a whole message: not the client's fault.
    if (phase === 'session' && !this.receiving() && (this._handlerPending || this._dataStream)) {
      this.sessionTimer = setTimeout(() => this.deadline('session'), DEADLINE_RECHECK_MS);
      this.sessionTimer.unref();
      return;
    }
    this.ended = true;
    this.clearTimers();
    const stream = this._dataStream;
    this._dataStream = null;
    this.send(
      421,
      phase === 'data'
        ? '4.4.2 DATA took too long, message not accepted, closing connection'
        : '4.4.2 Session lasted too long, closing connection',
      false,
    );
    // The message being received is dropped: its stream fails, so the onData handler
    // keeps nothing (as when a client disconnects mid-DATA).
    if (stream && !stream.writableEnded && !stream.destroyed) {
      const err = Object.assign(new Error(`${phase} deadline exceeded`), { code: 'ETIMEDOUT' });
      stream.destroy(stream.listenerCount('error') > 0 ? err : undefined);
    }
    this.gateway.onDeadline?.(phase, this.remoteAddress);
    // close() (called by send 421) ended our side; a client that keeps trickling is cut.
    setTimeout(() => this._socket.destroy(), DEADLINE_RECHECK_MS).unref();
  }

  private clearTimers(): void {
    clearTimeout(this.sessionTimer);
    clearTimeout(this.dataTimer);
  }
}
