import { EVAL_USAGE } from './eval.js';
import { LEARN_USAGE } from './learn.js';
import { SENDERS_USAGE } from './senders.js';
import { QUARANTINE_ACTION_USAGE, USER_USAGE } from './web.js';

/* Responsibility: the usage text of every command, whole and per command (`--help`). */

/** Every command, as `mailshield` with no command or an unknown one prints it. */
export const USAGE = `mailshield — email security gateway

Usage:
  mailshield start [--no-services] [--workers N] [--node-id ID]
                                            gateway, scan and deliver workers in one process,
                                            or the workers in N child processes, and the web
                                            in a child process of its own; starts clamd (and
                                            a local Redis) when none answers
  mailshield gateway [--node-id ID]         SMTP ingress only; ID names this node's spool and
                                            queues (default: nodeId, else the host name)
  mailshield worker [--queues scan,deliver] [--concurrency N] [--node-id ID]
                                            serves node ID's queues (it must read ID's spool)
                                            and the shared queue of released messages
  mailshield quarantine list [--json] [--limit N] [--offset N] [--category C]
  mailshield quarantine show ID [--json] [--raw]
${QUARANTINE_ACTION_USAGE}
  mailshield web                            quarantine web UI and JSON API (start runs it as a
                                            child process)
${USER_USAGE}
${SENDERS_USAGE}
  mailshield rules check [--dir DIR]
  mailshield rules pdb [--out FILE]         clamd phishing database (agencies.pdb) for the
                                            agency directory (start makes its own)
${EVAL_USAGE}
${LEARN_USAGE}
  mailshield sink [--port 2526] [--dir var/sink]   capturing SMTP server for demos
  mailshield spool damaged [--json]         damaged spool records the gateway moved aside at
                                            start (spool/damaged/), with the id each held
  mailshield report --month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD
                    [--agency CODE] [--format text|csv|json|html] [--lang vi|en] [--out FILE]

Configuration: mailshield.yaml (or MAILSHIELD_CONFIG); see README "Configuration".`;

/**
 * The usage lines of one command (an entry starts with `  mailshield CMD`, its
 * continuation lines are indented further); the whole text for an unknown one.
 */
export function usageFor(cmd: string): string {
  const entries: string[][] = [];
  for (const line of USAGE.split('\n')) {
    if (line.startsWith('  mailshield ')) entries.push([line]);
    else if (/^ {3,}\S/.test(line) && entries.length > 0) entries[entries.length - 1]!.push(line);
  }
  const mine = entries.filter((e) => e[0]!.split(/\s+/)[2] === cmd);
  if (mine.length === 0) return USAGE;
  return `Usage:\n${mine.map((e) => e.join('\n')).join('\n')}\n\nSee README "Commands".`;
}
