import { loadConfig, type LoadedConfig } from '../config/load.js';
import { NODE_ID_RE } from '../config/schema.js';
import { MailshieldError } from '../core/errors.js';
import { createLogger, type Logger } from '../core/logger.js';
import { loadDirectory } from '../directory/directory.js';

/* Responsibility: what every long-running command loads first (config, logger, directory). */

/** The config and root logger of a command; the agency directory checked at once. */
export function setup(nodeId?: string): { cfg: LoadedConfig; log: Logger } {
  const cfg = loadConfig();
  // `--node-id` over `nodeId` and MAILSHIELD_NODE_ID (issue #16).
  if (nodeId !== undefined) {
    if (!NODE_ID_RE.test(nodeId)) {
      throw new MailshieldError(
        'MS_ERR_CONFIG',
        `--node-id ${nodeId}: letters, digits, ".", "_" or "-", at most 64`,
      );
    }
    cfg.nodeId = nodeId;
  }
  const log = createLogger(cfg.logLevel);
  // Fail at start, with file and reason, rather than on the first message.
  loadDirectory(cfg.agencies);
  return { cfg, log };
}
