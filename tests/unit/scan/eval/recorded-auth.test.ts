import { describe, expect, it } from 'vitest';
import { recordedAuth } from '../../../../src/scan/eval/recorded-auth.js';

const field = (value: string) => ({ name: 'authentication-results', value });

describe('recordedAuth', () => {
  it('reads the results our own server recorded, the best DKIM signature first', () => {
    const headers = [
      field(
        'mx.songhong.gov.vn; spf=pass smtp.mailfrom=example.org; dkim=fail header.d=x.example; dkim=pass header.d=example.org; dmarc=pass (p=reject) header.from=example.org',
      ),
    ];
    expect(recordedAuth(headers, 'mx.songhong.gov.vn')).toEqual({
      spf: 'pass',
      dkim: 'pass',
      dmarc: 'pass',
      arc: 'none',
    });
  });

  it("trusts no other server's field, and no result written inside a comment", () => {
    const forged = [field('attacker.example; dmarc=pass; spf=pass')];
    expect(recordedAuth(forged, 'mx.songhong.gov.vn')).toBeUndefined();
    const comment = [
      field('mx.songhong.gov.vn; spf=fail (dkim=pass dmarc=pass) smtp.mailfrom=a.example'),
    ];
    expect(recordedAuth(comment, 'mx.songhong.gov.vn')).toEqual({
      spf: 'fail',
      dkim: 'none',
      dmarc: 'none',
      arc: 'none',
    });
  });

  it('ignores values that are not RFC 8601 results', () => {
    const odd = [field('MX.SONGHONG.GOV.VN;spf=bogus; dmarc=fail')];
    expect(recordedAuth(odd, 'mx.songhong.gov.vn')).toEqual({
      spf: 'none',
      dkim: 'none',
      dmarc: 'fail',
      arc: 'none',
    });
  });
});
