import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/config/schema.js';

const web = (trustProxy: unknown) => configSchema.shape.web.safeParse({ trustProxy });

describe('web.trustProxy (issue #15)', () => {
  it('refuses true with a message that says what to write instead', () => {
    const r = web(true);
    expect(r.success).toBe(false);
    const text = r.error!.issues.map((i) => i.message).join('\n');
    expect(text).toMatch(/true would trust X-Forwarded-For from any client/);
    expect(text).toMatch(/\[127\.0\.0\.1\]/);
    expect(text).toMatch(/number of proxy hops/);
  });

  it('takes false, a list of addresses or CIDRs, or a hop count', () => {
    expect(web(false).data?.trustProxy).toBe(false);
    expect(web(['127.0.0.1', '10.0.0.0/8', '::1', 'fd00::/8', 'loopback']).success).toBe(true);
    expect(web(2).data?.trustProxy).toBe(2);
    expect(configSchema.shape.web.parse({}).trustProxy).toBe(false);
  });

  it('refuses what is not an address, an empty list and a bad hop count', () => {
    for (const bad of [['proxy.example'], ['10.0.0.0/33'], [], 0, 1.5, 'yes']) {
      expect(web(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
