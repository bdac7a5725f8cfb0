import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { namePart, splitFullName } from '../../../../electron/core/normalize/full-name';

describe('splitFullName', () => {
  it.each([
    ['Anna Schmidt', 'Anna', 'Schmidt'],
    ['  Anna   Maria  Schmidt ', 'Anna', 'Schmidt'],
    ['Schmidt, Anna', 'Anna', 'Schmidt'],
    ['García López, María José', 'María', 'García López'],
    ['Jan van der Berg', 'Jan', 'van der Berg'],
    ['Anna De Luca', 'Anna', 'De Luca'],
    ['Rosa de la Cruz', 'Rosa', 'de la Cruz'],
    ['Dr. Anna Schmidt', 'Anna', 'Schmidt'],
    ['Mr John Smith Jr.', 'John', 'Smith'],
    ['John Smith, Jr.', 'John', 'Smith'],
    ['Frau Dr. Heike Müller-Lüdenscheidt', 'Heike', 'Müller-Lüdenscheidt'],
    ['Nguyễn Văn An', 'Nguyễn', 'An'],
    ['Van Morrison', 'Van', 'Morrison'],
  ])('%s → %s / %s', (raw, first, last) => {
    expect(splitFullName(raw)).toEqual({ first, last });
  });

  it('gives only a first name for one word and nothing for a blank cell', () => {
    expect(splitFullName('Cher')).toEqual({ first: 'Cher' });
    expect(splitFullName('Dr.')).toEqual({ first: 'Dr.' });
    expect(splitFullName('   ')).toEqual({});
    expect(namePart('Cher', 'last')).toBe('');
    expect(namePart('Cher', 'first')).toBe('Cher');
  });

  test.prop([fc.string({ maxLength: 40 })])('parts are words of the name, never invented', (raw) => {
    const { first, last } = splitFullName(raw);
    const flat = raw.replace(/,/g, ' ');
    for (const part of [first, last]) {
      if (part === undefined) continue;
      expect(part).toBe(part.trim());
      expect(part).not.toBe('');
      for (const word of part.split(' ')) expect(flat.split(/\s+/)).toContain(word);
    }
  });
});
