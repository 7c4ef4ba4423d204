/**
 * The Bayes classifier: tokenizer, model, the model file and `learnMessage` for the
 * officers' "spam / not spam" marks (docs/detection.md).
 */
export { BayesModel, DEFAULT_BAYES_OPTIONS, type BayesOptions } from './classifier.js';
export { learnMessage } from './learn.js';
export { BayesStore, type LearnOutcome } from './model-file.js';
export { tokenize } from './tokenize.js';
