import { franc } from 'franc-min';

/**
 * The language of a message's text, for the classifier's per-language minimum: a model
 * that has learned no legitimate mail in a language must not judge mail in it (a new
 * deployment's model learned from English corpora would otherwise read every Vietnamese
 * letter as unlike its ham, hence as spam).
 *
 * Vietnamese is told by its letters (đ, ơ, ư, ă and the tone-marked vowels), which no other
 * language written in Latin letters uses together; that check is a single regular
 * expression. Other text goes to franc (trigram profiles, ISO 639-3 codes), restricted to
 * the languages mail at a Vietnamese gateway is written in and to the first characters,
 * which bounds its cost (about 0.5 ms for 400 characters). Too little text is `und`.
 */

/** Letters only Vietnamese uses among Latin-script languages (lower case, NFC). */
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/g;

/** Characters of text franc reads: enough for a stable guess, bounded cost. */
const SAMPLE_CHARS = 400;

/** Fewer letters than this: no guess. */
const MIN_LETTERS = 40;

/** Languages franc chooses among (ISO 639-3); anything else is `und` or the nearest. */
const CANDIDATES = [
  'eng',
  'vie',
  'deu',
  'fra',
  'spa',
  'por',
  'ita',
  'nld',
  'rus',
  'cmn',
  'jpn',
  'kor',
  'ind',
  'tha',
  'pol',
  'tur',
];

/** ISO 639-3 code of the text's language, or `und`. */
export function detectLanguage(text: string): string {
  const sample = text
    .slice(0, 20 * SAMPLE_CHARS)
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    .replace(/\S+@\S+/g, ' ')
    .replace(/[^\p{L}\p{M}]+/gu, ' ')
    .trim()
    .toLowerCase()
    .normalize('NFC')
    .slice(0, SAMPLE_CHARS * 2);
  const letters = sample.replace(/\s+/g, '');
  if (letters.length < MIN_LETTERS) return 'und';
  const vietnamese = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  // Vietnamese text has one such letter every few syllables; a French or Portuguese word
  // with â or ê is far rarer than that.
  if (vietnamese >= 3 && vietnamese / letters.length > 0.03) return 'vie';
  return franc(sample.slice(0, SAMPLE_CHARS), { only: CANDIDATES, minLength: MIN_LETTERS });
}
