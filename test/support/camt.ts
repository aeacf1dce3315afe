/**
 * Small camt.053.001.02 documents for tests that need entries of their own (a reference of a
 * test's account, a scheduled payment's id): only the elements the parser reads.
 */
export interface TestEntry {
  amount: string; // decimal text, e.g. '12.50'
  currency?: string;
  direction?: 'CRDT' | 'DBIT';
  bankReference?: string;
  reference?: string;
  text?: string;
  endToEndId?: string;
  debtorIban?: string;
  valueDate?: string;
  returnReason?: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function entryXml(entry: TestEntry): string {
  const currency = entry.currency ?? 'EUR';
  const remittance = [
    entry.text === undefined ? '' : `<Ustrd>${escape(entry.text)}</Ustrd>`,
    entry.reference === undefined ? '' : `<Strd><CdtrRefInf><Ref>${escape(entry.reference)}</Ref></CdtrRefInf></Strd>`,
  ].join('');
  return `<Ntry>
  <Amt Ccy="${currency}">${entry.amount}</Amt><CdtDbtInd>${entry.direction ?? 'CRDT'}</CdtDbtInd><Sts>BOOK</Sts>
  <BookgDt><Dt>${entry.valueDate ?? '2026-03-14'}</Dt></BookgDt><ValDt><Dt>${entry.valueDate ?? '2026-03-14'}</Dt></ValDt>
  ${entry.bankReference === undefined ? '' : `<AcctSvcrRef>${escape(entry.bankReference)}</AcctSvcrRef>`}
  <NtryDtls><TxDtls>
    <Refs><EndToEndId>${escape(entry.endToEndId ?? 'NOTPROVIDED')}</EndToEndId></Refs>
    ${entry.debtorIban === undefined ? '' : `<RltdPties><Dbtr><Nm>Debtor</Nm></Dbtr><DbtrAcct><Id><IBAN>${entry.debtorIban}</IBAN></Id></DbtrAcct></RltdPties>`}
    ${remittance === '' ? '' : `<RmtInf>${remittance}</RmtInf>`}
    ${entry.returnReason === undefined ? '' : `<RtrInf><Rsn><Cd>${entry.returnReason}</Cd></Rsn></RtrInf>`}
  </TxDtls></NtryDtls>
</Ntry>`;
}

export function camt053(statementId: string, entries: TestEntry[], iban = 'FI2112345600000785'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
<GrpHdr><MsgId>${statementId}</MsgId><CreDtTm>2026-03-15T06:00:00+02:00</CreDtTm></GrpHdr>
<Stmt><Id>${statementId}</Id><CreDtTm>2026-03-15T06:00:00+02:00</CreDtTm><Acct><Id><IBAN>${iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>
${entries.map(entryXml).join('\n')}
</Stmt></BkToCstmrStmt></Document>`;
}
