import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/core/dataset/ascii-json';

describe('asciiJson', () => {
  const value = { name: 'Ürümqi', city: 'Москва', quote: 'Côte d’Ivoire — “yes”', emoji: 'flag 🇫🇷', plain: 'U.S.', n: [1, 2.5, null, true] };

  it('writes no character past ASCII', () => {
    expect([...asciiJson(value)].every((c) => c.charCodeAt(0) < 0x80)).toBe(true);
  });

  it('parses back to the same values, characters outside the basic plane included', () => {
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });

  it('leaves ASCII-only JSON as JSON.stringify writes it', () => {
    const plain = { a: 'U.S. "quoted" \\ back\nline', b: [0, -1] };
    expect(asciiJson(plain)).toBe(JSON.stringify(plain));
  });
});
