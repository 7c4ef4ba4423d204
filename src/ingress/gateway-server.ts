import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { SMTPConnection } from 'smtp-server/lib/smtp-connection.js';

/**
 * smtp-server with two changes the gateway measured a need for (bench/run.ts).
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
 * `connect` replaces SMTPConnection.init() (listeners, client limit, wait, then
 * connectionReady); tests/unit/ingress/gateway-server.test.ts checks both behaviours
 * against the installed smtp-server.
 */
export class GatewaySmtpServer extends SMTPServer {
  constructor(
    options: SMTPServerOptions,
    private readonly greetWaitMs: number,
  ) {
    super(options);
  }

  override connect(
    socket: Socket,
    socketOptions?: ConstructorParameters<typeof SMTPConnection>[2],
  ): void {
    const connection = new CorkingConnection(this, socket, socketOptions);
    this.connections.add(connection);
    connection.on('error', (err: Error) => this._onError(err));
    connection.on('connect', (data: Parameters<SMTPServer['_onClientConnect']>[0]) =>
      this._onClientConnect(data),
    );
    connection._setListeners(() => {
      const max = this.options.maxClients;
      if (max && this.connections.size > max) {
        connection.send(
          421,
          `${connection.name} Too many connected clients, try again in a moment`,
          false,
        );
        return;
      }
      if (this.greetWaitMs <= 0) {
        connection.connectionReady();
        return;
      }
      setTimeout(() => connection.connectionReady(), this.greetWaitMs).unref();
    });
  }
}

/** Holds the replies of one tick and writes them at once (socket cork / uncork). */
class CorkingConnection extends SMTPConnection {
  private corked = false;

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
}
