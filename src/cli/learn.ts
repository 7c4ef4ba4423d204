import { createReadStream } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadedConfig } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import { BayesStore } from '../scan/bayes/model-file.js';
import { forgetAutolearned } from '../scan/bayes/autolearn.js';
import { listMailFiles } from '../scan/eval/mail-files.js';
import { parseMessage } from '../scan/parse.js';

export const LEARN_USAGE = `  mailshield learn [--ham DIR...] [--spam DIR...]
                                            teach the Bayes classifier from folders of mail
  mailshield learn --forget-auto [--since YYYY-MM-DD]
                                            forget what the gateway autolearned (from a day)`;

/** Where autolearned day files live: `bayes-auto/` beside the model file. */
export function autolearnDir(cfg: LoadedConfig): string {
  return join(dirname(bayesModelPath(cfg)), 'bayes-auto');
}

/** Where the Bayes model file lives: `detection.bayes.path`, relative to dataDir. */
export function bayesModelPath(cfg: LoadedConfig): string {
  const path = cfg.detection.bayes.path;
  return isAbsolute(path) ? path : join(cfg.dataDir, path);
}

export async function cmdLearn(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ham: { type: 'string', multiple: true },
      spam: { type: 'string', multiple: true },
      'forget-auto': { type: 'boolean', default: false },
      since: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${LEARN_USAGE}\n`);
    return 0;
  }
  if (values['forget-auto']) {
    if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) {
      process.stderr.write('mailshield learn: --since takes YYYY-MM-DD\n');
      return 2;
    }
    const dir = autolearnDir(loadConfig());
    const removed = forgetAutolearned(dir, values.since);
    process.stdout.write(
      `forgot ${removed} autolearned day file(s)${values.since === undefined ? '' : ` from ${values.since}`} in ${dir}\n`,
    );
    return 0;
  }
  if ((values.ham ?? []).length === 0 && (values.spam ?? []).length === 0) {
    process.stderr.write('mailshield learn: give --ham DIR and/or --spam DIR\n');
    return 2;
  }
  const cfg = loadConfig();
  const store = new BayesStore(bayesModelPath(cfg));
  const counts = { learned: 0, relearned: 0, 'already-learned': 0 };
  for (const [dirs, spam] of [
    [values.ham ?? [], false],
    [values.spam ?? [], true],
  ] as const) {
    for (const dir of dirs) {
      for (const file of listMailFiles(dir)) {
        const mail = await parseMessage(createReadStream(file.path), { limits: cfg.limits });
        counts[store.learnParsed(mail, spam)] += 1;
      }
    }
  }
  store.save();
  const model = store.model();
  process.stdout.write(
    `learned ${counts.learned}, moved ${counts.relearned}, already known ${counts['already-learned']}; ` +
      `model: ${model.nham} ham, ${model.nspam} spam${model.ready ? '' : ' (not scoring yet: needs 200 of each)'} in ${store.path}\n`,
  );
  return 0;
}
