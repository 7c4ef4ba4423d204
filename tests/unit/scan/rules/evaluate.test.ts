import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules, type LoadOptions, type RuleSet } from '../../../../src/scan/rules/index.js';
import { makeAttachment, makeInput, ruleDir, storedZip } from './make-input.js';

const FIXTURE = {
  'lists/agency_domains.txt': '# extra agency domains\nextra.songhong.gov.vn\n',
  'tests.yaml': `group: tests
description: One rule per test type
rules:
  - id: SUBJECT_PRIZE
    description: Prize in the subject
    score: 1
    header: { name: Subject, fold: true, match: '/\\btrung\\s+thuong\\b/i' }
  - id: FROM_NAME_BANK
    description: Bank in the display name
    score: 1
    header: { name: From, part: name, match: '/\\bbank\\b/i' }
  - id: FROM_OUTSIDE_AGENCY
    description: From outside agency domains
    score: 1
    header: { name: From, part: domain, not_in: agency_domains }
  - id: REPLY_TO_AGENCY
    description: Reply-To inside agency domains
    score: 1
    header: { name: Reply-To, part: domain, in: agency_domains }
  - id: HAS_LIST_UNSUBSCRIBE
    description: Bulk mail header present
    score: 1
    header: { name: List-Unsubscribe, exists: true }
  - id: ALL_HEADERS_MAILER
    description: Known bulk mailer in any header
    score: 1
    header: { name: ALL, match: '/^x-mailer: bulkmailer/im' }
  - id: TEXT_ONLY_WORD
    description: Word in the plain text part
    score: 1
    body: { part: text, match: '/\\bplainword\\b/' }
  - id: HTML_ONLY_WORD
    description: Word in the HTML part
    score: 1
    body: { part: html, match: '/\\bhtmlword\\b/' }
  - id: URI_SHORTENER
    description: Link through a URL shortener
    score: 1
    uri: { part: host, match: '/^(?:bit\\.ly|tinyurl\\.com)$/' }
  - id: URI_PHP_LOGIN
    description: Link to a PHP login page
    score: 1
    uri: { match: '/\\/login\\.php\\b/i' }
  - id: URI_LOGIN_OFFSITE
    description: Login page outside the sender's organisation
    score: 1
    uri: { match: '/\\/signin\\b/i', outside_of: From }
  - id: SUBJECT_NAMES_RCPT
    description: The recipient named in the subject
    score: 1
    header: { name: Subject, names_address_of: To }
  - id: NAME_OTHER_DOMAIN
    description: The display name shows another domain
    score: 1
    header: { name: From, part: name, name_shows_other_domain: true }
  - id: TWO_OF_THREE
    description: At least two of three words
    score: 1
    meta: 2 of (__W_KESTREL, __W_OSPREY, __W_HERON)
  - id: __W_KESTREL
    body: { match: '/\\bkestrel\\b/' }
  - id: __W_OSPREY
    body: { match: '/\\bosprey\\b/' }
  - id: __W_HERON
    body: { match: '/\\bheron\\b/' }
  - id: BULK_MARK
    description: A mark of bulk mail
    score: 1
    corroborates: false
    body: { match: '/\\bbulkword\\b/' }
  - id: ATT_PDF_CONTENT
    description: PDF content
    score: 1
    attachment: { magic: [pdf] }
  - id: ATT_PDF_NAME_PE_CONTENT
    description: Named .pdf, content is a program
    score: 1
    attachment: { filename: '/\\.pdf$/i', magic: [pe] }
  - id: ATT_MSDOWNLOAD
    description: Declared as a Windows program
    score: 1
    attachment: { content_type: '/^application\\/x-msdownload$/' }
  - id: ATT_EICAR_IN_ZIP
    description: EICAR test file inside a ZIP
    score: 1
    attachment: { archive_filename: '/(?:^|\\/)eicar\\.com$/i' }
  - id: AUTH_DMARC_PASS
    description: DMARC pass (arrives with the detection issue)
    score: -1
    auth: { dmarc: pass }
`,
  'logic.yaml': `group: logic
description: Meta rules over helpers
rules:
  - id: __ALPHA
    body: { match: '/\\balpha\\b/' }
  - id: __BETA
    body: { match: '/\\bbeta\\b/' }
  - id: __GAMMA
    body: { match: '/\\bgamma\\b/' }
  - id: ALPHA_BETA_NOT_GAMMA
    description: alpha, and beta or no gamma
    score: 2
    meta: __ALPHA && (__BETA || !__GAMMA)
  - id: DELTA
    description: delta
    score: 1
    body: { match: '/\\bdelta\\b/' }
`,
  'capped.yaml': `group: capped
description: A group whose sum is capped
max_score: 5
rules:
  - id: ONE
    description: one
    score: 3
    body: { match: '/\\bone\\b/' }
  - id: TWO
    description: two
    score: 3
    body: { match: '/\\btwo\\b/' }
  - id: THREE
    description: three
    score: 2
    body: { match: '/\\bthree\\b/' }
  - id: MINUS
    description: minus
    score: -2
    body: { match: '/\\bminus\\b/' }
`,
};

let dir: string;
let remove: () => void;
beforeAll(() => {
  ({ dir, remove } = ruleDir(FIXTURE));
});
afterAll(() => remove());

function load(options: Partial<LoadOptions> = {}): RuleSet {
  return loadRules(dir, {
    scanChars: 10_000,
    lists: { agency_domains: ['songhong.gov.vn', 'STC.songhong.gov.vn'] },
    ...options,
  });
}

function hitIds(set: RuleSet, input: ReturnType<typeof makeInput>): string[] {
  return set.evaluate(input).map((h) => h.rule);
}

describe('header tests', () => {
  const set = (): RuleSet => load();

  it('match a folded Subject, the display name, and lists of domains', () => {
    const input = makeInput({
      subject: 'Chúc mừng bạn TRÚNG THƯỞNG',
      from: [{ name: 'Ngan hang ACB Bank', address: 'notice@acb-bank.example' }],
      replyTo: [{ name: '', address: 'x@Extra.Songhong.Gov.VN.' }],
    });
    const hits = set().evaluate(input);
    expect(hits.map((h) => h.rule)).toEqual([
      'SUBJECT_PRIZE',
      'FROM_NAME_BANK',
      'FROM_OUTSIDE_AGENCY',
      'REPLY_TO_AGENCY',
    ]);
    expect(hits[0]?.detail).toBe('TRÚNG THƯỞNG');
    expect(hits[2]?.detail).toBe('acb-bank.example');
  });

  it('treat file and run-time list entries alike, ignoring case', () => {
    const inside = makeInput({ from: [{ name: '', address: 'vanthu@stc.songhong.gov.vn' }] });
    expect(hitIds(set(), inside)).not.toContain('FROM_OUTSIDE_AGENCY');
    const fromFile = makeInput({ from: [{ name: '', address: 'a@extra.songhong.gov.vn' }] });
    expect(hitIds(set(), fromFile)).not.toContain('FROM_OUTSIDE_AGENCY');
  });

  it('see every occurrence of a header, ALL headers, and header presence', () => {
    const input = makeInput({
      headers: [
        { name: 'list-unsubscribe', value: '<mailto:u@example.com>' },
        { name: 'x-mailer', value: 'BulkMailer 2.0' },
        { name: 'subject', value: 'hi' },
      ],
    });
    const hits = set().evaluate(input);
    expect(hits.map((h) => h.rule)).toEqual(
      expect.arrayContaining(['HAS_LIST_UNSUBSCRIBE', 'ALL_HEADERS_MAILER']),
    );
    expect(hits.find((h) => h.rule === 'ALL_HEADERS_MAILER')?.detail).toBe('x-mailer: BulkMailer');
    expect(hitIds(set(), makeInput())).not.toContain('HAS_LIST_UNSUBSCRIBE');
  });
});

describe('body tests', () => {
  it('read the plain text, the HTML as text, or both', () => {
    const set = load();
    expect(hitIds(set, makeInput({ text: 'a plainword here' }))).toContain('TEXT_ONLY_WORD');
    expect(hitIds(set, makeInput({ html: '<p>a plainword here</p>' }))).not.toContain(
      'TEXT_ONLY_WORD',
    );
    expect(hitIds(set, makeInput({ html: '<p>html<!-- -->word</p> <b>htmlword</b>' }))).toContain(
      'HTML_ONLY_WORD',
    );
    expect(hitIds(set, makeInput({ text: 'htmlword' }))).not.toContain('HTML_ONLY_WORD');
  });

  it('read no further than scanChars', () => {
    const set = load({ scanChars: 100 });
    expect(hitIds(set, makeInput({ text: `${'x'.repeat(95)} plainword` }))).not.toContain(
      'TEXT_ONLY_WORD',
    );
    expect(hitIds(set, makeInput({ text: `${'x'.repeat(80)} plainword` }))).toContain(
      'TEXT_ONLY_WORD',
    );
  });
});

describe('uri tests', () => {
  it('match hosts and URLs from text, HTML links and HTML text', () => {
    const set = load();
    const fromText = set.evaluate(makeInput({ text: 'see https://BIT.LY/abc, thanks' }));
    expect(fromText.map((h) => h.rule)).toEqual(['URI_SHORTENER']);
    expect(fromText[0]?.detail).toBe('https://BIT.LY/abc');
    const fromHref = makeInput({
      html: '<a href="https://evil.example/login.php?x=1&amp;y=2">Cổng dịch vụ công</a>',
    });
    expect(set.evaluate(fromHref)[0]).toMatchObject({
      rule: 'URI_PHP_LOGIN',
      detail: 'https://evil.example/login.php?x=1&y=2',
    });
    expect(hitIds(set, makeInput({ html: '<p>www.tinyurl.com/x and tinyurl.com/y</p>' }))).toEqual(
      [],
    );
    expect(hitIds(set, makeInput({ html: '<p>go to https://tinyurl.com/y now</p>' }))).toEqual([
      'URI_SHORTENER',
    ]);
  });
});

describe('uri tests with outside_of', () => {
  it('match a link only when it leads outside the organisation of From', () => {
    const set = load();
    // From nva@songhong.gov.vn (makeInput's default): its own sign-in page is its business.
    const own = makeInput({ text: 'https://qlvb.songhong.gov.vn/signin?next=/x' });
    expect(hitIds(set, own)).not.toContain('URI_LOGIN_OFFSITE');
    const elsewhere = makeInput({ text: 'https://portal.example.net/signin?next=/x' });
    expect(set.evaluate(elsewhere).find((h) => h.rule === 'URI_LOGIN_OFFSITE')).toMatchObject({
      detail: 'https://portal.example.net/signin?next=/x',
    });
    // The same message with both links: the outside one counts.
    const both = makeInput({
      text: 'https://qlvb.songhong.gov.vn/signin and https://portal.example.net/signin',
    });
    expect(hitIds(set, both)).toContain('URI_LOGIN_OFFSITE');
  });

  it('refuses outside_of naming a header that holds no address', () => {
    const bad = ruleDir({
      'bad.yaml':
        "group: bad\ndescription: x\nrules:\n  - id: BAD\n    description: x\n    score: 1\n    uri: { match: '/x/', outside_of: Subject }\n",
    });
    try {
      expect(() => loadRules(bad.dir, { scanChars: 1000, lists: {} })).toThrow(
        /outside_of names From, Reply-To, To or Cc/,
      );
    } finally {
      bad.remove();
    }
  });
});

describe('header tests with names_address_of', () => {
  // makeInput's To is vanthu@stc.songhong.gov.vn.
  it('match a subject holding the recipient’s address or mailbox name as a whole token', () => {
    const set = load();
    for (const subject of [
      'Dear vanthu, 80% off today',
      'vanthu@stc.songhong.gov.vn: your password expires',
      'Important news for vanthu.',
      'Mật khẩu hộp thư VANTHU sẽ hết hạn',
    ])
      expect(hitIds(set, makeInput({ subject })), subject).toContain('SUBJECT_NAMES_RCPT');
    expect(
      set
        .evaluate(makeInput({ subject: 'Dear vanthu, 80% off' }))
        .find((h) => h.rule === 'SUBJECT_NAMES_RCPT'),
    ).toMatchObject({ detail: 'vanthu' });
  });

  it('ignore the name inside a longer word and mailbox names too short to name anyone', () => {
    const set = load();
    for (const subject of ['Lịch vanthuong tuần 12', 'Re: vanthu.phong ghi chú', 'Hello'])
      expect(hitIds(set, makeInput({ subject })), subject).not.toContain('SUBJECT_NAMES_RCPT');
    const short = makeInput({
      subject: 'Kế hoạch của UBND các xã',
      to: [{ name: '', address: 'ubnd@anphu.songhong.gov.vn' }],
    });
    expect(hitIds(set, short)).not.toContain('SUBJECT_NAMES_RCPT');
    // ...but the whole short address still names the recipient.
    const whole = makeInput({
      subject: 'ubnd@anphu.songhong.gov.vn: mật khẩu hết hạn',
      to: [{ name: '', address: 'ubnd@anphu.songhong.gov.vn' }],
    });
    expect(hitIds(set, whole)).toContain('SUBJECT_NAMES_RCPT');
  });
});

describe('header tests with name_shows_other_domain', () => {
  const from = (name: string, address: string) => makeInput({ from: [{ name, address }] });
  it('match a display name that writes a site or an address of another organisation', () => {
    const set = load();
    for (const [name, address] of <[string, string][]>[
      ['ethereum.org', 'jones7@icloud.example'],
      ['support@mail.coinbase.com', 'x-325937@medisept.com.au'],
      ['lRS.GOV', '1177@boltasindh.com'],
      ['mail.songhong.gov.vn Helpdesk', 'helpdesk@mailbox-storage.top'],
    ])
      expect(hitIds(set, from(name, address)), name).toContain('NAME_OTHER_DOMAIN');
    expect(
      set
        .evaluate(from('ethereum.org', 'jones7@icloud.example'))
        .find((h) => h.rule === 'NAME_OTHER_DOMAIN'),
    ).toMatchObject({ detail: 'ethereum.org ≠ icloud.example' });
  });

  it('leave names alone that show the same organisation, or no domain at all', () => {
    const set = load();
    for (const [name, address] of <[string, string][]>[
      ['songhong.gov.vn', 'vanphong@stc.songhong.gov.vn'],
      ['News from example.com', 'news@mail.example.com'],
      ['Dr.No Nguyen', 'no@example.net'],
      ['J.R. Smith', 'jr@example.net'],
      ['Nguyễn Văn A', 'nva@songhong.gov.vn'],
    ])
      expect(hitIds(set, from(name, address)), name).not.toContain('NAME_OTHER_DOMAIN');
  });
});

describe('meta rules counting `N of (…)`', () => {
  it('hit when at least N of the listed helpers hit, with their details', () => {
    const set = load();
    expect(hitIds(set, makeInput({ text: 'kestrel only' }))).not.toContain('TWO_OF_THREE');
    expect(hitIds(set, makeInput({ text: 'kestrel and kestrels' }))).not.toContain('TWO_OF_THREE');
    const two = set.evaluate(makeInput({ text: 'heron then kestrel' }));
    expect(two.find((h) => h.rule === 'TWO_OF_THREE')).toMatchObject({ detail: 'kestrel; heron' });
    expect(hitIds(set, makeInput({ text: 'kestrel osprey heron' }))).toContain('TWO_OF_THREE');
  });
});

describe('corroborates: false', () => {
  it('marks the hit so the verdict does not count it as corroboration', () => {
    const hit = load()
      .evaluate(makeInput({ text: 'a bulkword here' }))
      .find((h) => h.rule === 'BULK_MARK');
    expect(hit).toMatchObject({ score: 1, corroborates: false });
    const other = load()
      .evaluate(makeInput({ text: 'https://bit.ly/x' }))
      .find((h) => h.rule === 'URI_SHORTENER');
    expect(other).toBeDefined();
    expect(other).not.toHaveProperty('corroborates');
  });
});

describe('attachment tests', () => {
  const pe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
  const pdf = Buffer.from('%PDF-1.7\n...');

  it('detect content by magic, whatever the name', async () => {
    const hits = load().evaluate(
      makeInput({ attachments: [await makeAttachment('scan.bin', pdf)] }),
    );
    expect(hits).toEqual([
      expect.objectContaining({ rule: 'ATT_PDF_CONTENT', detail: 'scan.bin' }),
    ]);
  });

  it('require every key to hold for the same attachment', async () => {
    const set = load();
    const same = makeInput({ attachments: [await makeAttachment('hoa-don.PDF', pe)] });
    expect(hitIds(set, same)).toEqual(['ATT_PDF_NAME_PE_CONTENT']);
    const split = makeInput({
      attachments: [
        await makeAttachment('hoa-don.pdf', pdf),
        await makeAttachment('setup.bin', pe),
      ],
    });
    expect(hitIds(set, split)).toEqual(['ATT_PDF_CONTENT']);
  });

  it('match the declared content type', async () => {
    const input = makeInput({
      attachments: [
        await makeAttachment(undefined, Buffer.from('text'), 'application/x-msdownload'),
      ],
    });
    expect(load().evaluate(input)).toEqual([
      expect.objectContaining({
        rule: 'ATT_MSDOWNLOAD',
        detail: '(unnamed application/x-msdownload)',
      }),
    ]);
  });

  it('match member names of a ZIP attachment', async () => {
    const zip = storedZip([
      { name: 'readme.txt', data: 'hello' },
      { name: 'tools/EICAR.COM', data: 'x' },
    ]);
    const hits = load().evaluate(
      makeInput({ attachments: [await makeAttachment('files.zip', zip)] }),
    );
    expect(hits).toEqual([
      expect.objectContaining({ rule: 'ATT_EICAR_IN_ZIP', detail: 'files.zip > tools/EICAR.COM' }),
    ]);
  });
});

describe('auth tests', () => {
  it('never match until authentication results exist', () => {
    const set = load();
    expect(set.rules.find((r) => r.id === 'AUTH_DMARC_PASS')?.match(makeInput())).toBe(false);
  });
});

describe('meta rules', () => {
  const cases: [string, boolean][] = [
    ['alpha', true],
    ['alpha gamma', false],
    ['alpha beta gamma', true],
    ['beta', false],
    ['gamma beta', false],
  ];
  it.each(cases)('evaluate __ALPHA && (__BETA || !__GAMMA) on "%s" as %s', (text, expected) => {
    expect(hitIds(load(), makeInput({ text })).includes('ALPHA_BETA_NOT_GAMMA')).toBe(expected);
  });

  it('report only scoring rules, never helpers, with the helpers’ matches as detail', () => {
    const hits = load().evaluate(makeInput({ text: 'alpha and beta' }));
    expect(hits).toEqual([
      {
        rule: 'ALPHA_BETA_NOT_GAMMA',
        group: 'logic',
        score: 2,
        description: 'alpha, and beta or no gamma',
        detail: 'alpha; beta',
      },
    ]);
  });

  it('expose helpers in the rule list with no score', () => {
    const helper = load().rules.find((r) => r.id === '__ALPHA');
    expect(helper).toMatchObject({ helper: true, score: 0, kind: 'body' });
    expect(helper?.source.line).toBe(4);
    expect(helper?.match(makeInput({ text: 'alpha' }))).toBe('alpha');
  });
});

describe('group max_score', () => {
  it('caps the sum of a group, highest scores kept first', () => {
    const hits = load().evaluate(makeInput({ text: 'one two three' }));
    expect(hits.map((h) => [h.rule, h.score])).toEqual([
      ['ONE', 3],
      ['TWO', 2],
      ['THREE', 0],
    ]);
  });

  it('counts negative scores in the sum', () => {
    const hits = load().evaluate(makeInput({ text: 'one two three minus' }));
    expect(hits.reduce((sum, h) => sum + h.score, 0)).toBe(5);
    expect(hits.find((h) => h.rule === 'MINUS')?.score).toBe(-2);
  });

  it('leaves a group under its cap and uncapped groups alone', () => {
    const hits = load().evaluate(makeInput({ text: 'one three delta' }));
    // Files load in name order: capped.yaml before logic.yaml.
    expect(hits.map((h) => [h.rule, h.score])).toEqual([
      ['ONE', 3],
      ['THREE', 2],
      ['DELTA', 1],
    ]);
  });
});

describe('overrides', () => {
  it('change a rule’s score', () => {
    const set = load({ overrides: { DELTA: { score: 4.5 } } });
    expect(set.evaluate(makeInput({ text: 'delta' }))).toEqual([
      expect.objectContaining({ rule: 'DELTA', score: 4.5 }),
    ]);
    expect(set.rules.find((r) => r.id === 'DELTA')?.score).toBe(4.5);
  });

  it('disable a rule, which then also counts as false in metas', () => {
    const disabled = load({
      overrides: { DELTA: { enabled: false }, __GAMMA: { enabled: false } },
    });
    expect(hitIds(disabled, makeInput({ text: 'delta' }))).toEqual([]);
    expect(disabled.rules.some((r) => r.id === 'DELTA')).toBe(false);
    // With __GAMMA off, "!__GAMMA" holds even when gamma is written.
    expect(hitIds(disabled, makeInput({ text: 'alpha gamma' }))).toEqual(['ALPHA_BETA_NOT_GAMMA']);
  });
});
