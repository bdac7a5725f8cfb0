import { describe, expect, it } from 'vitest';
import { matchAdvice, matchItems } from '../../../../renderer/steps/preview/match-advice';

describe('match advice', () => {
  it('always lists the recommended keys and the others only when present', () => {
    const items = matchItems({ em: 0.9, click_id: 0.2 });
    expect(items.map((i) => i.key)).toEqual(['em', 'ph', 'name', 'external_id', 'click_id']);
    expect(items.find((i) => i.key === 'ph')?.share).toBe(0);
  });

  it('names the weak recommended keys, and praises full coverage', () => {
    expect(matchAdvice({ em: 0.9, ph: 0.1, name: 0.95, external_id: 0.2 })).toContain('lack phone and customer id');
    expect(matchAdvice({ em: 1, ph: 0.8, name: 0.7, external_id: 0.6 })).toMatch(/^Good coverage/);
  });
});
