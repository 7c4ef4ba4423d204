import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isUnder } from './rules/lookalike.js';

/**
 * clamd's phishing database for the agency domains (`rules/clamav/agencies.pdb`), made from
 * the agency directory so that it follows the directory instead of naming a demo domain.
 *
 * With `PhishingSignatures` (on by default) clamd compares the address an HTML link *shows*
 * with the one it *leads to*, for the domains a `.pdb` file lists; a link showing
 * `cucthue.songhong.gov.vn` that goes elsewhere is reported as
 * `Heuristics.Phishing.Email.SpoofedDomain`, which the rule CLAM_PHISHING_LINK scores.
 */

/** File name of the generated database inside clamd's database directory. */
export const AGENCY_PDB = 'agencies.pdb';

/**
 * The `.pdb` text for the agency domains: one `H:domain` line per top domain, sorted. A
 * domain under another listed one is left out: an `H:` entry already covers the domain's
 * subdomains. clamd's database format has no comments, so the file holds only the lines.
 */
export function agencyPdb(domains: Iterable<string>): string {
  const all = [...new Set([...domains].map((d) => d.trim().toLowerCase()))].filter(
    (d) => d !== '' && !d.includes(':') && !/\s/.test(d),
  );
  const top = all.filter((d) => !all.some((other) => other !== d && isUnder(d, other))).sort();
  return top.map((d) => `H:${d}\n`).join('');
}

/**
 * Builds a clamd database directory in `target`: every signature file of `source`
 * (`rules/clamav`) except the shipped `agencies.pdb`, plus `agencies.pdb` generated from
 * `domains`. `target` is emptied first, so a file removed from `source` does not linger.
 * Returns `target`, for clamd's `DatabaseDirectory`.
 */
export function prepareClamdDatabase(opts: {
  source: string;
  target: string;
  domains: Iterable<string>;
}): string {
  rmSync(opts.target, { recursive: true, force: true });
  mkdirSync(opts.target, { recursive: true });
  for (const entry of readdirSync(opts.source, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name === AGENCY_PDB || entry.name.startsWith('.')) continue;
    copyFileSync(join(opts.source, entry.name), join(opts.target, entry.name));
  }
  writeFileSync(join(opts.target, AGENCY_PDB), agencyPdb(opts.domains));
  return opts.target;
}
