// Proves that the :86: field is read in its three forms (?-subfields, /KEYWORD/ parts, free
// text), finding the creditor reference, end-to-end id, counterparty and return reason where a
// form carries them, and joining lines cut at the width as the form requires.
import { describe, expect, it } from 'vitest';
import { readTransactionInformation } from '../../src/bank-files/mt940-information.ts';

const NOTHING = {
  reference: null,
  remittanceInfo: null,
  debtorName: null,
  debtorIban: null,
  endToEndId: null,
  returnReasonCode: null,
};

describe('readTransactionInformation', () => {
  it.each([
    [
      'subfields of a SEPA credit with an RF reference as its purpose',
      [
        '166?00SEPA-GUTSCHRIFT?100599?20EREF+E2E-1?21SVWZ+RF18 5390 0754 7034?30COBADEFFXXX?31DE44 5001 0517 5407 3249 31?32Muster Anna',
      ],
      {
        reference: 'RF18539007547034',
        remittanceInfo: 'RF18 5390 0754 7034',
        debtorName: 'Muster Anna',
        debtorIban: 'DE44500105175407324931',
        endToEndId: 'E2E-1',
      },
    ],
    [
      'subfields of a returned direct debit, parts continued over full subfields and lines',
      [
        '109?00SEPA-LASTSCHRIFT RUECKBEL.?20EREF+spm_01HZX3K8Q9R4T5V6W7?21X8Y9Z0AB?22SVWZ+Beitrag Dezember und Ja',
        'nuar?23 2024?31DE02100500000024290661?32Max Mustermann Gesellschaft?33 mbH?34912',
      ],
      {
        remittanceInfo: 'Beitrag Dezember und Januar 2024',
        debtorName: 'Max Mustermann Gesellschaft mbH',
        debtorIban: 'DE02100500000024290661',
        endToEndId: 'spm_01HZX3K8Q9R4T5V6W7X8Y9Z0AB',
        returnReasonCode: '912',
      },
    ],
    [
      'subfields without SEPA identifiers: the purpose is the text, NOTPROVIDED is no id',
      ['020?00UEBERWEISUNG?20Rechnung 4711?21Kunde 0815?31NOT AN IBAN?34000'],
      { remittanceInfo: 'Rechnung 4711 Kunde 0815' },
    ],
    [
      'subfields with another separator',
      ['166~00GUTSCHRIFT~20EREF+NOTPROVIDED~21SVWZ+Invoice 77~32Kowalski Jan'],
      { remittanceInfo: 'Invoice 77', debtorName: 'Kowalski Jan' },
    ],
    [
      'keywords with a structured reference and a counterparty',
      [
        '/EREF/INV-2024-0007//CNTP/NL91ABNA0417164300/ABNANL2A/J. Jans',
        'sen/AMSTERDAM//REMI/STRD/CUR/RF75INV20240315/',
      ],
      {
        reference: 'RF75INV20240315',
        debtorName: 'J. Janssen',
        debtorIban: 'NL91ABNA0417164300',
        endToEndId: 'INV-2024-0007',
      },
    ],
    [
      'keywords of a return, with unstructured remittance',
      [
        '/RTRN/MS03//BUSP/Europese Incasso/eenmalig//BENM/NL50INGB00012345',
        '67/INGBNL2A/ING Bank N.V. inzake WeB///CSID/NL32ZZZ999999991234//MARF/EV45451//EREF/EV45451REP170112T1106//REMI///EV45451REP170112T1106/',
      ],
      {
        remittanceInfo: 'EV45451REP170112T1106',
        debtorName: 'ING Bank N.V. inzake WeB',
        debtorIban: 'NL50INGB0001234567',
        endToEndId: 'EV45451REP170112T1106',
        returnReasonCode: 'MS03',
      },
    ],
    [
      'keywords separated by single slashes, with a plain REMI text',
      [
        '/TRTP/SEPA OVERBOEKING/IBAN/NL44RABO0123456789/BIC/RABONL2U/NAME/J JANSEN/REMI/Factuur 2024-11/EREF/NOTPROVIDED',
      ],
      { remittanceInfo: 'Factuur 2024-11', debtorName: 'J JANSEN', debtorIban: 'NL44RABO0123456789' },
    ],
    [
      'free text over lines cut at 65 characters and lines that end early',
      ['Payment for invoice 1002003000 and the late fee of the previous mo', 'nth', 'thank you'],
      { remittanceInfo: 'Payment for invoice 1002003000 and the late fee of the previous month thank you' },
    ],
    ['nothing at all', [], {}],
  ])('%s', (_what, lines, expected) => {
    expect(readTransactionInformation(lines)).toStrictEqual({ ...NOTHING, ...expected });
  });
});
