import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../src/directory/directory.js';
import { AGENCY_PDB, agencyPdb, prepareClamdDatabase } from '../../../src/scan/clamav-database.js';

const ROOT = join(import.meta.dirname, '../../..');
const tmp = mkdtempSync(join(tmpdir(), 'ms-pdb-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('agencies.pdb from the agency directory', () => {
  it('lists each top domain once, sorted, leaving out domains under another listed one', () => {
    expect(
      agencyPdb([
        'stc.songhong.gov.vn',
        'songhong.gov.vn',
        'SongHong.gov.vn',
        'xn--snghng-7ya5b.vn',
        'anphu.hoanglong.songhong.gov.vn',
        'benhvien.example.com.vn',
      ]),
    ).toBe('H:benhvien.example.com.vn\nH:songhong.gov.vn\nH:xn--snghng-7ya5b.vn\n');
  });

  it('does not take a domain that merely ends with the same letters as under another', () => {
    expect(agencyPdb(['hong.gov.vn', 'songhong.gov.vn'])).toBe(
      'H:hong.gov.vn\nH:songhong.gov.vn\n',
    );
  });

  it('matches the shipped rules/clamav/agencies.pdb for seeds/ (regenerate with `mailshield rules pdb`)', () => {
    const domains = loadDirectory(join(ROOT, 'seeds/agencies.yaml')).domains();
    expect(readFileSync(join(ROOT, 'rules/clamav', AGENCY_PDB), 'utf8')).toBe(agencyPdb(domains));
  });

  it('builds a clamd database directory: shipped signatures plus the generated agencies.pdb', () => {
    const source = join(tmp, 'source');
    mkdirSync(source);
    writeFileSync(join(source, 'mailshield.hdb'), 'hdb\n');
    writeFileSync(join(source, AGENCY_PDB), 'H:demo.gov.vn\n');
    const target = join(tmp, 'db');
    mkdirSync(target);
    writeFileSync(join(target, 'stale.ndb'), 'left from an older run\n');
    expect(prepareClamdDatabase({ source, target, domains: ['tinh.gov.vn'] })).toBe(target);
    expect(readFileSync(join(target, 'mailshield.hdb'), 'utf8')).toBe('hdb\n');
    expect(readFileSync(join(target, AGENCY_PDB), 'utf8')).toBe('H:tinh.gov.vn\n');
    expect(existsSync(join(target, 'stale.ndb'))).toBe(false);
  });
});
