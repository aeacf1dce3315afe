/**
 * The words on a statement, by the language of the organization's locale: English, Finnish,
 * German and Swedish; any other language gets English. Formats of amounts and dates follow the
 * whole locale (statement-format.ts), so `de-CH` gets German words and Swiss numbers.
 */

export interface StatementLabels {
  title: string;
  customerNumber: string;
  account: string;
  accountNumber: string;
  paymentReference: string;
  period: string;
  statementDate: string;
  openingBalance: string;
  closingBalance: string;
  entries: string;
  date: string;
  description: string;
  amount: string;
  balance: string;
  noEntries: string;
  openItems: string;
  dueDate: string;
  openAmount: string;
  totalDue: string;
  noOpenItems: string;
  /** How the signs read: what a positive and a negative amount mean. */
  signNote: string;
  kinds: Readonly<Record<string, string>>;
}

const ENGLISH: StatementLabels = {
  title: 'Statement of account',
  customerNumber: 'Customer number',
  account: 'Account',
  accountNumber: 'Account number',
  paymentReference: 'Payment reference',
  period: 'Period',
  statementDate: 'Date',
  openingBalance: 'Opening balance',
  closingBalance: 'Closing balance',
  entries: 'Entries',
  date: 'Date',
  description: 'Description',
  amount: 'Amount',
  balance: 'Balance',
  noEntries: 'No entries in this period.',
  openItems: 'Open items',
  dueDate: 'Due date',
  openAmount: 'Open amount',
  totalDue: 'Total due',
  noOpenItems: 'Nothing is open.',
  signNote: 'Positive amounts are owed by you; negative amounts are payments and credits.',
  kinds: {
    CHARGE: 'Charge',
    CREDIT: 'Credit',
    PAYMENT: 'Payment',
    REVERSAL: 'Reversal',
    FEE: 'Fee',
    INTEREST: 'Interest',
    WRITE_OFF: 'Write-off',
    REFUND: 'Refund',
    INSTALLMENT: 'Installment',
    INSTALLMENT_TRANSFER: 'Moved to an installment plan',
  },
};

const FINNISH: StatementLabels = {
  title: 'Tiliote',
  customerNumber: 'Asiakasnumero',
  account: 'Tili',
  accountNumber: 'Tilinumero',
  paymentReference: 'Viitenumero',
  period: 'Ajanjakso',
  statementDate: 'Päivämäärä',
  openingBalance: 'Alkusaldo',
  closingBalance: 'Loppusaldo',
  entries: 'Tapahtumat',
  date: 'Päivämäärä',
  description: 'Selite',
  amount: 'Summa',
  balance: 'Saldo',
  noEntries: 'Ei tapahtumia tällä ajanjaksolla.',
  openItems: 'Avoimet erät',
  dueDate: 'Eräpäivä',
  openAmount: 'Avoinna',
  totalDue: 'Maksettavaa yhteensä',
  noOpenItems: 'Ei avoimia eriä.',
  signNote: 'Positiiviset summat ovat maksettavaa; negatiiviset ovat maksuja ja hyvityksiä.',
  kinds: {
    CHARGE: 'Veloitus',
    CREDIT: 'Hyvitys',
    PAYMENT: 'Maksu',
    REVERSAL: 'Peruutus',
    FEE: 'Kulu',
    INTEREST: 'Viivästyskorko',
    WRITE_OFF: 'Luottotappio',
    REFUND: 'Palautus',
    INSTALLMENT: 'Maksuerä',
    INSTALLMENT_TRANSFER: 'Siirretty maksusuunnitelmaan',
  },
};

const GERMAN: StatementLabels = {
  title: 'Kontoauszug',
  customerNumber: 'Kundennummer',
  account: 'Konto',
  accountNumber: 'Kontonummer',
  paymentReference: 'Zahlungsreferenz',
  period: 'Zeitraum',
  statementDate: 'Datum',
  openingBalance: 'Anfangssaldo',
  closingBalance: 'Endsaldo',
  entries: 'Buchungen',
  date: 'Datum',
  description: 'Beschreibung',
  amount: 'Betrag',
  balance: 'Saldo',
  noEntries: 'Keine Buchungen in diesem Zeitraum.',
  openItems: 'Offene Posten',
  dueDate: 'Fällig am',
  openAmount: 'Offener Betrag',
  totalDue: 'Fällig insgesamt',
  noOpenItems: 'Keine offenen Posten.',
  signNote: 'Positive Beträge schulden Sie; negative Beträge sind Zahlungen und Gutschriften.',
  kinds: {
    CHARGE: 'Belastung',
    CREDIT: 'Gutschrift',
    PAYMENT: 'Zahlung',
    REVERSAL: 'Storno',
    FEE: 'Gebühr',
    INTEREST: 'Verzugszinsen',
    WRITE_OFF: 'Abschreibung',
    REFUND: 'Erstattung',
    INSTALLMENT: 'Rate',
    INSTALLMENT_TRANSFER: 'In Ratenplan übertragen',
  },
};

const SWEDISH: StatementLabels = {
  title: 'Kontoutdrag',
  customerNumber: 'Kundnummer',
  account: 'Konto',
  accountNumber: 'Kontonummer',
  paymentReference: 'Referensnummer',
  period: 'Period',
  statementDate: 'Datum',
  openingBalance: 'Ingående saldo',
  closingBalance: 'Utgående saldo',
  entries: 'Transaktioner',
  date: 'Datum',
  description: 'Beskrivning',
  amount: 'Belopp',
  balance: 'Saldo',
  noEntries: 'Inga transaktioner under perioden.',
  openItems: 'Öppna poster',
  dueDate: 'Förfallodag',
  openAmount: 'Öppet belopp',
  totalDue: 'Att betala totalt',
  noOpenItems: 'Inga öppna poster.',
  signNote: 'Positiva belopp är skulder; negativa belopp är betalningar och krediteringar.',
  kinds: {
    CHARGE: 'Debitering',
    CREDIT: 'Kreditering',
    PAYMENT: 'Betalning',
    REVERSAL: 'Återföring',
    FEE: 'Avgift',
    INTEREST: 'Dröjsmålsränta',
    WRITE_OFF: 'Avskrivning',
    REFUND: 'Återbetalning',
    INSTALLMENT: 'Delbetalning',
    INSTALLMENT_TRANSFER: 'Överfört till avbetalningsplan',
  },
};

const BY_LANGUAGE: Readonly<Record<string, StatementLabels>> = { en: ENGLISH, fi: FINNISH, de: GERMAN, sv: SWEDISH };

/** The labels for a canonical BCP 47 locale, by its language subtag. */
export function statementLabels(locale: string): StatementLabels {
  const language = new Intl.Locale(locale).language;
  return BY_LANGUAGE[language] ?? ENGLISH;
}

/** A kind's label; a kind without one is shown as written, in words ("SOME_KIND" → "Some kind"). */
export function kindLabel(labels: StatementLabels, kind: string): string {
  const known = labels.kinds[kind];
  if (known !== undefined) return known;
  const words = kind.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
