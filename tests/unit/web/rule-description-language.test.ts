import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../src/core/limits.js';
import { loadRules } from '../../../src/scan/rules/index.js';
import { summaryOf } from '../../../src/web/message-view.js';
import { translator } from '../../../src/web/views/i18n.js';
import { detailPage } from '../../../src/web/views/pages.js';
import type { MessageRow } from '../../../src/store/messages-repo.js';
import { makeInput } from '../scan/rules/make-input.js';
import { ROOT } from '../../helpers/start-gateway.js';

/**
 * Officers read Vietnamese: a rule's `description_vi` travels with the hit into the stored
 * verdict, and the quarantine view shows it when the officer's interface is Vietnamese.
 */
const rules = loadRules(join(ROOT, 'rules'), {
  lists: { agency_domains: ['songhong.gov.vn'] },
  scanChars: defaultLimits.ruleScanBytes,
});

function rowWith(hits: unknown[]): MessageRow {
  return {
    id: '01JTEST',
    received_at: Date.UTC(2026, 3, 2),
    mail_from: 'bad@example.com',
    rcpt_to: JSON.stringify(['vanthu@songhong.gov.vn']),
    agencies: JSON.stringify(['UBND']),
    from_header: 'bad@example.com',
    subject: 'Trúng thưởng',
    message_id: null,
    size: 300,
    category: 'spam',
    action: 'quarantine',
    score: 7,
    hits: JSON.stringify(hits),
    viruses: '[]',
    state: 'deleted',
    quarantine_path: null,
    updated_at: Date.UTC(2026, 3, 2),
  };
}

const page = (lang: 'vi' | 'en', row: MessageRow): string =>
  detailPage({ t: translator(lang), lang }, summaryOf(row), {
    canDownload: false,
    needsReason: false,
    mark: undefined,
  });

describe('rule descriptions in Vietnamese', () => {
  it('gives every scoring rule of the shipped set a Vietnamese description', () => {
    expect(rules.rules.filter((r) => !r.helper && r.descriptionVi === undefined)).toEqual([]);
  });

  it('carries description_vi on the hit, next to the English description', () => {
    const hits = rules.evaluate(makeInput({ text: 'Chúc mừng bạn đã trúng thưởng một xe máy.' }));
    const prize = hits.find((h) => h.rule === 'VI_PRIZE_WIN');
    expect(prize?.description).toMatch(/prize/i);
    expect(prize?.descriptionVi).toMatch(/trúng thưởng/i);
  });

  it('shows the Vietnamese description to a Vietnamese interface and the English one otherwise', () => {
    const row = rowWith([
      {
        rule: 'VI_PRIZE_WIN',
        score: 2.5,
        description: 'Announces a prize win',
        descriptionVi: 'Báo tin trúng thưởng',
      },
      // A verdict stored before the rule had a Vietnamese text keeps its English one.
      { rule: 'OLD_RULE', score: 1, description: 'Stored in English only' },
    ]);
    const vi = page('vi', row);
    expect(vi).toContain('Báo tin trúng thưởng');
    expect(vi).not.toContain('Announces a prize win');
    expect(vi).toContain('Stored in English only');
    const en = page('en', row);
    expect(en).toContain('Announces a prize win');
    expect(en).not.toContain('Báo tin trúng thưởng');
  });
});
