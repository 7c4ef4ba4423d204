import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../../src/scan/bayes/language.js';

describe('detectLanguage', () => {
  it('tells Vietnamese by its letters, with or without links and numbers around them', () => {
    expect(
      detectLanguage(
        'Kính gửi các đồng chí, Sở Thông tin và Truyền thông thông báo lịch họp giao ban tuần 48 tại https://qlvb.stttt.songhong.gov.vn/van-ban/123',
      ),
    ).toBe('vie');
  });

  it('tells English, German and unaccented Vietnamese through franc', () => {
    expect(
      detectLanguage('Please find attached the revised agreement for the contracts we discussed'),
    ).toBe('eng');
    expect(
      detectLanguage(
        'Liebe Kundinnen und Kunden, unser Newsletter bringt Ihnen heute die besten Angebote',
      ),
    ).toBe('deu');
    expect(
      detectLanguage(
        'Gui anh chi ke hoach tuan toi, anh chi xem giup em va gop y truoc thu sau nhe',
      ),
    ).toBe('vie');
  });

  it('says und for too little text', () => {
    expect(detectLanguage('OK thanks')).toBe('und');
    expect(detectLanguage('https://example.com/a/b 12345')).toBe('und');
  });
});
