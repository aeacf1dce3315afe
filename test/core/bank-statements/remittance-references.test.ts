// Proves that references with valid check digits (RF, Finnish 7-3-1, MOD10) are found in free
// remittance text, whole even when printed in groups, normalised, once each and in order, and
// that numbers with wrong check digits, glued to letters or too short are not.
import { describe, expect, it } from 'vitest';
import {
  REMITTANCE_REFERENCES_MAX,
  REMITTANCE_TEXT_SCAN_LENGTH_MAX,
  findRemittanceReferences,
} from '../../../src/core/bank-statements/remittance-references.ts';
import { deriveReference } from '../../../src/core/payment-references/payment-reference.ts';

describe('findRemittanceReferences', () => {
  it.each<[string, string[]]>([
    ['RF18539007547034', ['RF18539007547034']],
    ['Invoice 7 ref RF18 5390 0754 7034 due today', ['RF18539007547034']],
    ['ref rf18 5390 0754 7034', ['RF18539007547034']],
    ['viite RF26 CUST 1001', ['RF26CUST1001']],
    ['Lasku 20240329 viite RF26 CUST 1001 maksaja Matti Virtanen', ['20240329', 'RF26CUST1001']],
    ['Viite 7 77003', ['777003']],
    ['viitenumero 1234 5614', ['12345614']],
    ['Factuur 1002003000 betaling', ['1002003000']],
    ['pay 79927398713', ['79927398713']],
    ['twice: 12345614 and 12345614', ['12345614']],
    ['(12345614), [RF18539007547034].', ['12345614', 'RF18539007547034']],
    // wrong check digits, too short, glued to letters, or no reference at all
    ['RF19539007547034', []],
    ['RF18 5390 0754 7035', []],
    ['RF18 5390 0754 7035 then 12345614', ['12345614']],
    ['12345615', []],
    ['42', []],
    ['INV12345614', []],
    ['12345614EUR', []],
    ['Thank you!', []],
    ['', []],
  ])('%j → %j', (text, expected) => {
    expect(findRemittanceReferences(text)).toStrictEqual(expected);
  });

  it('takes a group of digits alone when the groups together are no reference', () => {
    // "12345614 1" grouped is not valid (the second group is not a group); 12345614 is.
    expect(findRemittanceReferences('12345614 1')).toStrictEqual(['12345614']);
  });

  it('finds every derived reference of each type written into a sentence', () => {
    const references = [
      deriveReference('RF', 'ACME2024').number,
      deriveReference('FINNISH_7_3_1', '555111').number,
      deriveReference('MOD10', '9988776655').number,
    ];
    expect(findRemittanceReferences(`Paid ${references.join(', then ')}.`)).toStrictEqual(references);
  });

  it(`reads at most ${REMITTANCE_TEXT_SCAN_LENGTH_MAX} characters and returns at most ${REMITTANCE_REFERENCES_MAX} references`, () => {
    const padded = `${' '.repeat(REMITTANCE_TEXT_SCAN_LENGTH_MAX)}12345614`;
    expect(findRemittanceReferences(padded)).toStrictEqual([]);
    const many = Array.from(
      { length: REMITTANCE_REFERENCES_MAX + 5 },
      (_, index) => deriveReference('FINNISH_7_3_1', String(100000 + index)).number,
    );
    expect(findRemittanceReferences(many.join(' / '))).toStrictEqual(many.slice(0, REMITTANCE_REFERENCES_MAX));
  });
});
