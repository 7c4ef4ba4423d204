import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { SMTPConnection } from 'smtp-server/lib/smtp-connection.js';

/**
 * smtp-server waits a fixed 100 ms before its greeting, to catch clients that talk
 * before it (they get 421, as with postscreen's greet wait). That wait bounds every
 * connection to about ten messages a second when a client sends one message per
 * connection, as many MTAs do. Here it is a setting (`smtp.greetWaitMs`): 0 greets at
 * once, as Postfix and Haraka do unless their early-talker checks are turned on.
 *
 * This replaces SMTPConnection.init() (listeners, client limit, wait, then
 * connectionReady); tests/unit/ingress/greet-wait.test.ts checks both behaviours
 * against the installed smtp-server.
 */
export class GreetWaitSmtpServer extends SMTPServer {
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
    const connection = new SMTPConnection(this, socket, socketOptions);
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
