import { describe, expect, it } from 'vitest';
import { compileMapping } from '../../../../electron/core/mapping/compile-mapping';
import { suggestMapping } from '../../../../electron/core/mapping/auto/suggest-mapping';
import { fullNameChoice } from '../../../../electron/shared/mapping';

function suggest(table: Record<string, string[]>, accountCurrency?: string) {
  const columns = Object.keys(table);
  const result = suggestMapping({ columns, samples: table, accountCurrency });
  const compiled = compileMapping(result.mapping, columns);
  return { ...result, errors: compiled.issues.filter((i) => i.severity === 'error') };
}
const sourceColumn = (s: { column?: string; columns?: string[] } | undefined) => s?.columns ?? s?.column;

describe('suggestMapping on real export layouts', () => {
  it('Shopify orders: order number, line items merged, billing phone, totals', () => {
    const r = suggest({
      Name: ['#1001', '#1001', '#1002'], Email: ['jane@example.com', 'jane@example.com', 'bo@example.org'],
      'Financial Status': ['paid'], 'Paid at': ['2025-01-19 10:03:00 +0100'], 'Accepts Marketing': ['no'], Currency: ['EUR'],
      Subtotal: ['40.00'], Shipping: ['4.90'], Taxes: ['7.60'], Total: ['44.90'], 'Created at': ['2025-01-19 10:02:11 +0100'],
      'Lineitem quantity': ['1', '2'], 'Lineitem name': ['Mug'], 'Lineitem price': ['20.00'], 'Lineitem sku': ['MUG-1'],
      'Billing Name': ['Jane Doe'], 'Billing City': ['Berlin'], 'Billing Zip': ['10115'], 'Billing Province': ['BE'],
      'Billing Country': ['DE'], 'Billing Phone': ['+49 30 1234567'], 'Shipping Phone': ['+49 30 1234567'], Id: ['5512345678'],
    });
    expect(r.errors).toEqual([]);
    const f = r.mapping.fields;
    expect(sourceColumn(f['custom_data.order_id'])).toBe('Name');
    expect(sourceColumn(f['user_data.em'])).toBe('Email');
    expect(sourceColumn(f['custom_data.value'])).toBe('Total');
    expect(sourceColumn(f['custom_data.contents.id'])).toBe('Lineitem sku');
    expect(sourceColumn(f['custom_data.contents.quantity'])).toBe('Lineitem quantity');
    expect(sourceColumn(f['user_data.zp'])).toBe('Billing Zip');
    // "Billing Name" is a full name: its first word is sent as first name, its last as last name.
    expect(f['user_data.fn']).toEqual({ column: 'Billing Name', part: 'first' });
    expect(f['user_data.ln']).toEqual({ column: 'Billing Name', part: 'last' });
    expect(r.columns.find((c) => c.column === 'Billing Name')).toMatchObject({ field: fullNameChoice, confidence: 0.8 });
    expect(f.event_name).toEqual({ value: 'checkout' });
    expect(f.action_source).toEqual({ value: 'offline' });
    expect(r.mapping.options.mergeRowsBy).toBe('custom_data.order_id');
    expect(r.mapping.options.defaultCountry).toBe('DE');
  });

  it('WooCommerce orders export', () => {
    const r = suggest({
      order_id: ['812'], order_number: ['812'], order_date: ['2025-01-19 10:00:00'], status: ['completed'],
      order_total: ['59.00'], order_currency: ['USD'], customer_ip_address: ['203.0.113.9'],
      customer_user_agent: ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36'], customer_id: ['17'],
      billing_first_name: ['Ann'], billing_last_name: ['Lee'], billing_email: ['ann@example.com'], billing_phone: ['(650) 555-1212'],
      billing_city: ['Austin'], billing_state: ['TX'], billing_postcode: ['78701'], billing_country: ['US'],
    });
    expect(r.errors).toEqual([]);
    const f = r.mapping.fields;
    expect(sourceColumn(f['user_data.em'])).toBe('billing_email');
    expect(sourceColumn(f['user_data.ph'])).toBe('billing_phone');
    expect(sourceColumn(f['user_data.fn'])).toBe('billing_first_name');
    expect(sourceColumn(f['user_data.client_ip_address'])).toBe('customer_ip_address');
    expect(sourceColumn(f['user_data.client_user_agent'])).toBe('customer_user_agent');
    expect(sourceColumn(f['user_data.external_id'])).toBe('customer_id');
    expect(sourceColumn(f.event_time)).toBe('order_date');
    expect(sourceColumn(f['custom_data.currency'])).toBe('order_currency');
    expect(sourceColumn(f['custom_data.order_id'])).toBe('order_id');
  });

  it('Square transactions: date and time columns joined, account currency as a constant', () => {
    const r = suggest({
      Date: ['01/19/2025'], Time: ['10:03:11'], 'Time Zone': ['Pacific Time (US & Canada)'], 'Gross Sales': ['$40.00'],
      Discounts: ['$0.00'], 'Net Sales': ['$40.00'], 'Transaction ID': ['AbC123xYz'], 'Payment ID': ['p-1'],
      'Customer ID': ['CUST1'], 'Customer Name': ['Jane Doe'], 'Customer Email': ['jane@example.com'],
    }, 'USD');
    expect(r.errors).toEqual([]);
    const f = r.mapping.fields;
    expect(f.event_time).toEqual({ columns: ['Date', 'Time'] });
    expect(sourceColumn(f['custom_data.value'])).toBe('Gross Sales');
    expect(sourceColumn(f['custom_data.order_id'])).toBe('Transaction ID');
    expect(f['custom_data.currency']).toEqual({ value: 'USD' });
  });

  it('HubSpot contacts: a lead file without amounts', () => {
    const r = suggest({
      'Record ID': ['101'], 'First Name': ['Mary'], 'Last Name': ['Smith'], Email: ['mary@example.com'],
      'Phone Number': ['+1 650 555 1212'], 'Create Date': ['2025-01-19 10:00'], 'Lifecycle Stage': ['lead'],
      City: ['Boston'], 'State/Region': ['MA'], 'Postal Code': ['02108'], 'Country/Region': ['United States'],
    });
    expect(r.errors).toEqual([]);
    const f = r.mapping.fields;
    expect(sourceColumn(f['user_data.external_id'])).toBe('Record ID');
    expect(sourceColumn(f['user_data.st'])).toBe('State/Region');
    expect(sourceColumn(f['user_data.country'])).toBe('Country/Region');
    expect(sourceColumn(f.event_time)).toBe('Create Date');
    expect(f.event_name).toEqual({ value: 'lead' });
  });

  it('Salesforce opportunity report and HubSpot deals', () => {
    const sf = suggest({
      'Opportunity ID': ['0061x00000AbCdE'], 'Opportunity Name': ['Big deal'], Amount: ['12,000.00'], 'Close Date': ['1/19/2025'],
      'Contact: Email': ['cto@example.com'], 'Contact: Phone': ['(415) 555-0101'], Stage: ['Closed Won'],
    });
    expect(sf.errors).toEqual([]);
    expect(sourceColumn(sf.mapping.fields['user_data.em'])).toBe('Contact: Email');
    expect(sourceColumn(sf.mapping.fields['custom_data.value'])).toBe('Amount');
    expect(sourceColumn(sf.mapping.fields['custom_data.order_id'])).toBe('Opportunity ID');
    const hs = suggest({ 'Deal ID': ['9'], 'Deal Name': ['X'], Amount: ['500'], 'Close Date': ['2025-01-19'], 'Associated Contact Email': ['a@b.co'] });
    expect(hs.errors).toEqual([]);
    expect(sourceColumn(hs.mapping.fields['custom_data.order_id'])).toBe('Deal ID');
  });

  it("Pinterest's upload template: up to four email columns, madid, event_type", () => {
    const r = suggest({
      email: ['a@example.com'], email_1: ['b@example.com'], email_2: [''], madid: ['AECE52E7-03EE-455A-B3C4-E57283966239'],
      event_time: ['1737280800'], event_type: ['checkout'], order_id: ['o1'], value: ['10.5'], currency: ['USD'], quantity: ['1'],
    });
    expect(r.errors).toEqual([]);
    const f = r.mapping.fields;
    expect(f['user_data.em']).toEqual({ columns: ['email', 'email_1', 'email_2'] }); // empty in the sample, but the header is clear
    expect(sourceColumn(f['user_data.hashed_maids'])).toBe('madid');
    expect(sourceColumn(f.event_name)).toBe('event_type');
  });

  it('German and French headers, decimal commas, already-hashed emails', () => {
    const de = suggest({ Bestellnummer: ['A-1'], 'E-Mail-Adresse': ['x@y.de'], Telefonnummer: ['0171 2345678'], Bestelldatum: ['19.01.2025 10:00'], Gesamtbetrag: ['1.234,50 €'], Währung: ['EUR'], Vorname: ['Jürgen'], Nachname: ['Müller'], PLZ: ['80331'] });
    expect(de.errors).toEqual([]);
    expect(de.mapping.fields['custom_data.value']).toEqual({ column: 'Gesamtbetrag', decimal: ',' });
    expect(sourceColumn(de.mapping.fields['user_data.fn'])).toBe('Vorname');
    const fr = suggest({ 'Numéro de commande': ['1'], Courriel: ['62a14e44f765419d10fea99367361a727c12365e2520f32218d505ed9aa0f62f'], 'Date de commande': ['19/01/2025'], Montant: ['10,00'], Prénom: ['Zoë'] });
    expect(fr.mapping.fields['user_data.em']).toEqual({ column: 'Courriel', hashed: true });
    expect(sourceColumn(fr.mapping.fields['user_data.fn'])).toBe('Prénom');
  });

  it('splits a full-name column only when the file has no first or last name column and its values are names', () => {
    const withNames = suggest({ Email: ['a@example.com'], 'Full name': ['Ann Lee'], 'First name': ['Ann'] });
    expect(withNames.mapping.fields['user_data.fn']).toEqual({ column: 'First name' });
    expect(withNames.mapping.fields['user_data.ln']).toBeUndefined();
    const orderNumbers = suggest({ Email: ['a@example.com'], Name: ['#1001', '#1002'] });
    expect(orderNumbers.mapping.fields['user_data.fn']).toBeUndefined();
    const customer = suggest({ Email: ['a@example.com'], Date: ['2025-01-19 10:00:00'], Customer: ['Lee, Ann', 'Bo Berg', 'Cy Ode'] });
    expect(customer.mapping.fields['user_data.ln']).toEqual({ column: 'Customer', part: 'last' });
    expect(customer.errors).toEqual([]);
  });

  it('never maps a column twice, and leaves doubtful columns unmapped with a reason', () => {
    const r = suggest({ Email: ['not an email', 'nope'], Contact: ['a@example.com'], Notes: ['hello'], __proto__: ['x'] } as Record<string, string[]>);
    const used = Object.values(r.mapping.fields).flatMap((s) => s.columns ?? (s.column ? [s.column] : []));
    expect(new Set(used).size).toBe(used.length);
    expect(sourceColumn(r.mapping.fields['user_data.em'])).toBe('Contact');
    const email = r.columns.find((c) => c.column === 'Email');
    expect(email?.field).toBeUndefined();
    expect(email?.reason).toMatch(/not sure|left unmapped/);
    for (const c of r.columns) expect(c.confidence).toBeGreaterThanOrEqual(0);
  });
});
