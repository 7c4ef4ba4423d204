import { loadConfig, type LoadedConfig } from '../config/load.js';
import { createLogger, type Logger } from '../core/logger.js';
import { loadDirectory } from '../directory/directory.js';

/* Responsibility: what every long-running command loads first (config, logger, directory). */

/** The config and root logger of a command; the agency directory checked at once. */
export function setup(): { cfg: LoadedConfig; log: Logger } {
  const cfg = loadConfig();
  const log = createLogger(cfg.logLevel);
  // Fail at start, with file and reason, rather than on the first message.
  loadDirectory(cfg.agencies);
  return { cfg, log };
}
