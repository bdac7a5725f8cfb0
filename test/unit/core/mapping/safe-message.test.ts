import { describe, expect, it } from 'vitest';
import { safeIssueMessage } from '../../../../electron/core/mapping/safe-message';

describe('safeIssueMessage', () => {
  it('describes an issue by code, field and column only', () => {
    expect(safeIssueMessage({ code: 'ph_too_short', field: 'user_data.ph', column: 'Phone' })).toBe('Column Phone: not a usable phone number.');
    expect(safeIssueMessage({ code: 'no-identifier' })).toBe('No email, mobile ad id, or IP address with user agent to match the conversion on.');
    expect(safeIssueMessage({ code: 'custom_data_oops', field: 'custom_data.value' })).toBe('Value: custom data oops.');
  });
});
