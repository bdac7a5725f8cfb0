import { describe, expect, it } from 'vitest';
import { safeErrorText } from '../../../../electron/app/log/safe-error-text';
import { fileError } from '../../../../electron/app/files/file-error';

describe('safeErrorText', () => {
  it('names system errors by code with a plain hint, never their message', () => {
    const error = Object.assign(new Error("ENOSPC: no space left, write '/home/anna.smith@example.test/x'"), { code: 'ENOSPC' });
    expect(safeErrorText(error)).toBe('ENOSPC: the disk is full');
  });

  it('keeps our own file errors, which name file and row only', () => {
    expect(safeErrorText(fileError('/private/orders.csv', 'Row 7 has 3 cells; at most 2 columns are supported.', { row: 7 }))).toBe(
      'Row 7 has 3 cells; at most 2 columns are supported.',
    );
  });

  it('reduces anything else to its kind', () => {
    expect(safeErrorText(new TypeError("Cannot read 'anna@example.test'"))).toBe('an unexpected TypeError');
    expect(safeErrorText('anna@example.test')).toBe('an unexpected error');
    expect(safeErrorText(Object.assign(new Error('x'), { name: 'anna@example.test' }))).toBe('an unexpected error');
  });
});
