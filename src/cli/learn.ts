import { createReadStream } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadedConfig } from '../config/load.js';
import { loadConfig } from '../config/load.js';
import { BayesStore } from '../scan/bayes/model-file.js';
import { listMailFiles } from '../scan/eval/mail-files.js';
import { parseMessage } from '../scan/parse.js';

export const LEARN_USAGE = `  mailshield learn [--ham DIR...] [--spam DIR...]
                                            teach the Bayes classifier from folders of mail`;

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
    },
  });
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
