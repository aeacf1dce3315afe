/**
 * A statement of account as the PDF a customer receives: A4, the organization at the top, the
 * customer's name and billing address where a window envelope shows it, the account and its
 * payment reference beside it, the period's entries with their running balance (the table's
 * header again on every page it runs onto), the opening and closing balances, the open items
 * with the total due, and "page / pages" at the foot of each page. Amounts and dates are written
 * in the organization's locale; see docs/statement-of-account.md.
 *
 * The same input gives the same bytes: the document's dates come from `generatedAt`, and pdfkit
 * derives the file id and the font subset names from them and the content.
 */
import { assertStatementInput } from './statement-checks.ts';
import { statementFormats, type StatementFormats } from './statement-format.ts';
import type { StatementEntry, StatementOfAccountInput, StatementOpenItem } from './statement-input.ts';
import { kindLabel, statementLabels, type StatementLabels } from './statement-labels.ts';
import {
  ADDRESS_FIELD,
  COLOURS,
  CONTENT_WIDTH,
  FONT_SIZES,
  INFORMATION_BLOCK,
  PAGE,
  documentBytes,
  horizontalRule,
  lineHeight,
  mm,
  newStatementDocument,
  shade,
  textBlock,
  textBlockHeight,
  textLine,
  type TextStyle,
} from './pdf-page.ts';

/** Room above and below the text of a table row. */
const ROW_PADDING = 3;
/** A description longer than this many lines ends in an ellipsis. */
const DESCRIPTION_LINES_MAX = 2;
const COLUMN_GAP = 8;
const DATE_COLUMN_WIDTH = 64;
const AMOUNT_COLUMN_WIDTH = 86;
/** Rows a table's heading must have room for beside it, or it starts on the next page. */
const HEADING_ROWS_KEPT = 2;
/** Space between the blocks of the document. */
const SECTION_GAP = mm(7);

const BODY: TextStyle = { size: FONT_SIZES.body };
const BODY_FIGURES: TextStyle = { size: FONT_SIZES.body, figures: true };
const BODY_BOLD: TextStyle = { size: FONT_SIZES.body, weight: 'bold' };
const SMALL_MUTED: TextStyle = { size: FONT_SIZES.small, colour: COLOURS.muted };
const COLUMN_HEAD: TextStyle = { size: FONT_SIZES.small, weight: 'bold', colour: COLOURS.muted };

interface Column {
  x: number;
  width: number;
  align: 'left' | 'right';
}

/** Date, description, then right-aligned amount columns: the layout of both tables. */
function tableColumns(amountColumns: number): { date: Column; description: Column; amounts: Column[] } {
  const inset = 4;
  const amounts: Column[] = [];
  let right = PAGE.right - inset;
  for (let index = 0; index < amountColumns; index++) {
    amounts.unshift({ x: right - AMOUNT_COLUMN_WIDTH, width: AMOUNT_COLUMN_WIDTH, align: 'right' });
    right -= AMOUNT_COLUMN_WIDTH + COLUMN_GAP;
  }
  const date: Column = { x: PAGE.left + inset, width: DATE_COLUMN_WIDTH, align: 'left' };
  const descriptionX = date.x + date.width + COLUMN_GAP;
  return { date, description: { x: descriptionX, width: right - descriptionX + COLUMN_GAP, align: 'left' }, amounts };
}

const ENTRY_COLUMNS = tableColumns(2);
const OPEN_ITEM_COLUMNS = tableColumns(1);

interface TableHead {
  cells: Array<[Column, string]>;
}

class StatementLayout {
  private y = PAGE.top;
  private readonly labels: StatementLabels;

  constructor(
    private readonly document: PDFKit.PDFDocument,
    private readonly input: StatementOfAccountInput,
    private readonly formats: StatementFormats,
  ) {
    this.labels = statementLabels(formats.locale);
  }

  private get period(): string {
    return `${this.formats.date(this.input.period.from)} – ${this.formats.date(this.input.period.to)}`;
  }

  /** The first page above the tables: organization, address, information block, summary. */
  drawOpening(): void {
    const { document, input, labels, formats } = this;
    textLine(document, input.organization.name, PAGE.left, PAGE.top, CONTENT_WIDTH, {
      size: FONT_SIZES.organization,
      weight: 'bold',
    });

    // The window: the sender on one small line, then the recipient.
    textLine(
      document,
      input.organization.name,
      ADDRESS_FIELD.textLeft,
      ADDRESS_FIELD.senderTop,
      ADDRESS_FIELD.width - mm(10),
      {
        size: FONT_SIZES.sender,
        colour: COLOURS.muted,
      },
    );
    let addressY = ADDRESS_FIELD.recipientTop;
    const addressStyle: TextStyle = { size: FONT_SIZES.body + 1 };
    const addressLines = [input.customer.name, ...input.customer.billingAddress];
    // A long address closes its lines up rather than run out of the window.
    const addressLine = Math.min(
      lineHeight(document, addressStyle),
      ADDRESS_FIELD.recipientHeight / addressLines.length,
    );
    for (const line of addressLines) {
      textLine(document, line, ADDRESS_FIELD.textLeft, addressY, ADDRESS_FIELD.width - mm(10), addressStyle);
      addressY += addressLine;
    }

    // The information block beside the window.
    const facts: Array<[string, string]> = [
      [labels.customerNumber, input.customer.number],
      [labels.account, input.account.name],
      [labels.accountNumber, input.account.number],
      ...(input.paymentReference === null
        ? []
        : [[labels.paymentReference, input.paymentReference] as [string, string]]),
      [labels.period, this.period],
      [labels.statementDate, formats.dateOfInstant(input.generatedAt)],
    ];
    const labelWidth = INFORMATION_BLOCK.labelWidth;
    const valueX = INFORMATION_BLOCK.left + labelWidth;
    const valueWidth = INFORMATION_BLOCK.width - labelWidth;
    let factY = INFORMATION_BLOCK.top;
    for (const [label, value] of facts) {
      textLine(document, label, INFORMATION_BLOCK.left, factY, labelWidth - 4, SMALL_MUTED);
      factY +=
        Math.max(textBlock(document, value, valueX, factY - 1, valueWidth, 2, BODY), lineHeight(document, BODY)) + 2;
    }

    this.y = Math.max(ADDRESS_FIELD.top + ADDRESS_FIELD.height, factY) + SECTION_GAP;
    textLine(document, labels.title, PAGE.left, this.y, CONTENT_WIDTH, { size: FONT_SIZES.title, weight: 'bold' });
    this.y += lineHeight(document, { size: FONT_SIZES.title });
    textLine(document, this.period, PAGE.left, this.y, CONTENT_WIDTH, {
      size: FONT_SIZES.body + 1,
      colour: COLOURS.muted,
    });
    this.y += lineHeight(document, { size: FONT_SIZES.body + 1 }) + mm(4);
    this.drawSummary();
  }

  /** Opening balance, closing balance and total due side by side in a shaded band. */
  private drawSummary(): void {
    const { document, input, labels, formats } = this;
    const totalDue = input.openItems.reduce((sum, item) => sum + item.openMinor, 0n);
    const figures: Array<[string, bigint]> = [
      [labels.openingBalance, input.openingBalanceMinor],
      [labels.closingBalance, input.closingBalanceMinor],
      [labels.totalDue, totalDue],
    ];
    const labelHeight = lineHeight(document, SMALL_MUTED);
    const amountStyle: TextStyle = { size: FONT_SIZES.heading, weight: 'bold', figures: true };
    const height = labelHeight + lineHeight(document, amountStyle) + 2 * mm(2.5);
    shade(document, this.y, height);
    const width = CONTENT_WIDTH / figures.length;
    figures.forEach(([label, amount], index) => {
      const x = PAGE.left + index * width + mm(4);
      textLine(document, label, x, this.y + mm(2.5), width - mm(8), SMALL_MUTED);
      textLine(document, formats.amount(amount), x, this.y + mm(2.5) + labelHeight, width - mm(8), amountStyle);
    });
    this.y += height + SECTION_GAP;
  }

  /** A new page: the running head, and the head of the table the content continues. */
  private newPage(head: TableHead | null): void {
    const { document, input, labels } = this;
    document.addPage();
    this.y = PAGE.top;
    textLine(
      document,
      `${input.organization.name} · ${labels.title} · ${input.account.number}`,
      PAGE.left,
      this.y,
      CONTENT_WIDTH,
      SMALL_MUTED,
    );
    this.y += lineHeight(document, SMALL_MUTED) + mm(1);
    horizontalRule(document, this.y, 0.5, COLOURS.rule);
    this.y += mm(4);
    if (head !== null) this.drawTableHead(head);
  }

  /** Moves to a new page when `height` does not fit above the footer. */
  private ensureRoom(height: number, head: TableHead | null): void {
    if (this.y + height > PAGE.contentBottom) this.newPage(head);
  }

  private drawHeading(text: string, head: TableHead): void {
    const headingHeight = lineHeight(this.document, { size: FONT_SIZES.heading }) + mm(1.5);
    // A heading stays with its table head and the first rows: else it moves to the next page.
    const firstRowsHeight = HEADING_ROWS_KEPT * (2 * lineHeight(this.document, BODY) + 2 * ROW_PADDING);
    this.ensureRoom(headingHeight + lineHeight(this.document, COLUMN_HEAD) + firstRowsHeight, null);
    textLine(this.document, text, PAGE.left, this.y, CONTENT_WIDTH, { size: FONT_SIZES.heading, weight: 'bold' });
    this.y += headingHeight;
    this.drawTableHead(head);
  }

  private drawTableHead(head: TableHead): void {
    const height = lineHeight(this.document, COLUMN_HEAD);
    for (const [column, label] of head.cells) {
      textLine(this.document, label, column.x, this.y, column.width, { ...COLUMN_HEAD, align: column.align });
    }
    this.y += height + 2;
    horizontalRule(this.document, this.y, 0.75, COLOURS.text);
    this.y += 2;
  }

  private entriesHead(): TableHead {
    const { labels } = this;
    const [amount, balance] = ENTRY_COLUMNS.amounts as [Column, Column];
    return {
      cells: [
        [ENTRY_COLUMNS.date, labels.date],
        [ENTRY_COLUMNS.description, labels.description],
        [amount, labels.amount],
        [balance, labels.balance],
      ],
    };
  }

  /** A balance row of the entries table (opening, closing): bold, a balance and no amount. */
  private drawBalanceRow(day: string, label: string, balanceMinor: bigint, head: TableHead): void {
    const [, balance] = ENTRY_COLUMNS.amounts as [Column, Column];
    const height = lineHeight(this.document, BODY_BOLD) + 2 * ROW_PADDING;
    this.ensureRoom(height, head);
    const textY = this.y + ROW_PADDING;
    textLine(this.document, this.formats.date(day), ENTRY_COLUMNS.date.x, textY, ENTRY_COLUMNS.date.width, {
      ...BODY_BOLD,
      figures: true,
    });
    textLine(this.document, label, ENTRY_COLUMNS.description.x, textY, ENTRY_COLUMNS.description.width, BODY_BOLD);
    textLine(this.document, this.formats.amount(balanceMinor), balance.x, textY, balance.width, {
      ...BODY_BOLD,
      figures: true,
      align: 'right',
    });
    this.y += height;
  }

  private drawEntryRow(entry: StatementEntry, index: number, head: TableHead): void {
    const { document, formats, labels } = this;
    const [amount, balance] = ENTRY_COLUMNS.amounts as [Column, Column];
    const kind = kindLabel(labels, entry.kind);
    const description = entry.description === null || entry.description.trim() === '' ? kind : entry.description;
    const descriptionHeight = textBlockHeight(
      document,
      description,
      ENTRY_COLUMNS.description.width,
      DESCRIPTION_LINES_MAX,
      BODY,
    );
    const detailHeight = lineHeight(document, SMALL_MUTED);
    const height = descriptionHeight + detailHeight + 2 * ROW_PADDING;
    this.ensureRoom(height, head);
    if (index % 2 === 1) shade(document, this.y, height);
    const textY = this.y + ROW_PADDING;
    textLine(document, formats.date(entry.date), ENTRY_COLUMNS.date.x, textY, ENTRY_COLUMNS.date.width, BODY_FIGURES);
    textBlock(
      document,
      description,
      ENTRY_COLUMNS.description.x,
      textY,
      ENTRY_COLUMNS.description.width,
      DESCRIPTION_LINES_MAX,
      BODY,
    );
    textLine(
      document,
      `${kind} · ${entry.id}`,
      ENTRY_COLUMNS.description.x,
      textY + descriptionHeight,
      ENTRY_COLUMNS.description.width,
      SMALL_MUTED,
    );
    textLine(document, formats.amount(entry.amountMinor), amount.x, textY, amount.width, {
      ...BODY_FIGURES,
      align: 'right',
    });
    textLine(document, formats.amount(entry.runningBalanceMinor), balance.x, textY, balance.width, {
      ...BODY_FIGURES,
      align: 'right',
    });
    this.y += height;
  }

  drawEntries(): void {
    const { input, labels } = this;
    const head = this.entriesHead();
    this.drawHeading(labels.entries, head);
    this.drawBalanceRow(input.period.from, labels.openingBalance, input.openingBalanceMinor, head);
    if (input.entries.length === 0) {
      const height = lineHeight(this.document, BODY) + 2 * ROW_PADDING;
      textLine(
        this.document,
        labels.noEntries,
        ENTRY_COLUMNS.description.x,
        this.y + ROW_PADDING,
        ENTRY_COLUMNS.description.width,
        { ...BODY, colour: COLOURS.muted },
      );
      this.y += height;
    }
    input.entries.forEach((entry, index) => this.drawEntryRow(entry, index, head));
    this.ensureRoom(lineHeight(this.document, BODY_BOLD) + 2 * ROW_PADDING + 2, head);
    horizontalRule(this.document, this.y, 0.75, COLOURS.text);
    this.y += 1;
    this.drawBalanceRow(input.period.to, labels.closingBalance, input.closingBalanceMinor, head);
    this.y += mm(1);
    const noteHeight = textBlockHeight(this.document, labels.signNote, CONTENT_WIDTH, 2, SMALL_MUTED);
    this.ensureRoom(noteHeight, null);
    textBlock(this.document, labels.signNote, PAGE.left, this.y, CONTENT_WIDTH, 2, SMALL_MUTED);
    this.y += noteHeight + SECTION_GAP;
  }

  private drawOpenItemRow(item: StatementOpenItem, index: number, head: TableHead): void {
    const { document, formats } = this;
    const [open] = OPEN_ITEM_COLUMNS.amounts as [Column];
    const description = item.description ?? '';
    const descriptionHeight = textBlockHeight(
      document,
      description,
      OPEN_ITEM_COLUMNS.description.width,
      DESCRIPTION_LINES_MAX,
      BODY,
    );
    const height = descriptionHeight + 2 * ROW_PADDING;
    this.ensureRoom(height, head);
    if (index % 2 === 1) shade(document, this.y, height);
    const textY = this.y + ROW_PADDING;
    textLine(
      document,
      formats.date(item.dueDate),
      OPEN_ITEM_COLUMNS.date.x,
      textY,
      OPEN_ITEM_COLUMNS.date.width,
      BODY_FIGURES,
    );
    textBlock(
      document,
      description,
      OPEN_ITEM_COLUMNS.description.x,
      textY,
      OPEN_ITEM_COLUMNS.description.width,
      DESCRIPTION_LINES_MAX,
      BODY,
    );
    textLine(document, formats.amount(item.openMinor), open.x, textY, open.width, { ...BODY_FIGURES, align: 'right' });
    this.y += height;
  }

  drawOpenItems(): void {
    const { document, input, labels, formats } = this;
    const [open] = OPEN_ITEM_COLUMNS.amounts as [Column];
    const head: TableHead = {
      cells: [
        [OPEN_ITEM_COLUMNS.date, labels.dueDate],
        [OPEN_ITEM_COLUMNS.description, labels.description],
        [open, labels.openAmount],
      ],
    };
    this.drawHeading(labels.openItems, head);
    if (input.openItems.length === 0) {
      textLine(
        document,
        labels.noOpenItems,
        OPEN_ITEM_COLUMNS.description.x,
        this.y + ROW_PADDING,
        OPEN_ITEM_COLUMNS.description.width,
        { ...BODY, colour: COLOURS.muted },
      );
      this.y += lineHeight(document, BODY) + 2 * ROW_PADDING;
      return;
    }
    input.openItems.forEach((item, index) => this.drawOpenItemRow(item, index, head));
    const totalHeight = lineHeight(document, BODY_BOLD) + 2 * ROW_PADDING + 2;
    this.ensureRoom(totalHeight, head);
    horizontalRule(document, this.y, 0.75, COLOURS.text);
    const totalDue = input.openItems.reduce((sum, item) => sum + item.openMinor, 0n);
    const textY = this.y + ROW_PADDING + 1;
    textLine(
      document,
      labels.totalDue,
      OPEN_ITEM_COLUMNS.description.x,
      textY,
      OPEN_ITEM_COLUMNS.description.width,
      BODY_BOLD,
    );
    textLine(document, formats.amount(totalDue), open.x, textY, open.width, {
      ...BODY_BOLD,
      figures: true,
      align: 'right',
    });
    this.y += totalHeight;
  }

  /** "page / pages" and the statement's name at the foot of every page, once all pages exist. */
  drawFooters(): void {
    const { document, input, labels } = this;
    const pages = document.bufferedPageRange();
    for (let index = 0; index < pages.count; index++) {
      document.switchToPage(pages.start + index);
      horizontalRule(document, PAGE.footerTop - mm(2), 0.5, COLOURS.rule);
      const pageNumber = `${index + 1} / ${pages.count}`;
      const numberWidth = mm(25);
      textLine(
        document,
        `${input.organization.name} · ${labels.title} · ${input.account.number}`,
        PAGE.left,
        PAGE.footerTop,
        CONTENT_WIDTH - numberWidth,
        SMALL_MUTED,
      );
      textLine(document, pageNumber, PAGE.right - numberWidth, PAGE.footerTop, numberWidth, {
        ...SMALL_MUTED,
        align: 'right',
      });
    }
  }
}

export async function statementPdf(input: StatementOfAccountInput): Promise<Buffer> {
  assertStatementInput(input);
  const formats = statementFormats(input.organization.locale, input.account.currency, input.organization.timeZone);
  const labels = statementLabels(formats.locale);
  const period = `${formats.date(input.period.from)} – ${formats.date(input.period.to)}`;
  const document = newStatementDocument({
    title: `${labels.title} ${input.account.number}, ${period}`,
    author: input.organization.name,
    subject: `${labels.title}: ${input.customer.name}`,
    language: formats.locale,
    createdAt: input.generatedAt,
  });
  const layout = new StatementLayout(document, input, formats);
  layout.drawOpening();
  layout.drawEntries();
  layout.drawOpenItems();
  layout.drawFooters();
  return documentBytes(document);
}
