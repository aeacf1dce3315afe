/**
 * The page a statement is printed on and the few drawing moves it needs: A4 portrait, set in
 * Noto Sans, with a cursor that moves down the page and a break to a new page when the next
 * block would not fit above the footer.
 *
 * Geometry follows DIN 5008 (form B), which window envelopes across Europe are cut for: the
 * recipient's address sits 20 mm from the left edge and 45 mm from the top, in a field 85 mm
 * wide and 45 mm high. The information block sits to its right: DIN puts it 125 mm from the
 * left edge; it starts at 118 mm here, still well clear of the window, so that a period fits on
 * one line.
 */
import PDFDocument from 'pdfkit';
import { statementFont } from './statement-fonts.ts';

const POINTS_PER_MILLIMETRE = 72 / 25.4;
export const mm = (millimetres: number): number => millimetres * POINTS_PER_MILLIMETRE;

export const PAGE = {
  size: 'A4',
  width: mm(210),
  height: mm(297),
  left: mm(20),
  right: mm(210 - 20),
  top: mm(15),
  /** Content stops here; the footer is below. */
  contentBottom: mm(297 - 22),
  footerTop: mm(297 - 14),
} as const;

export const CONTENT_WIDTH = PAGE.right - PAGE.left;

export const ADDRESS_FIELD = {
  left: mm(20),
  /** Five millimetres inside the window, so the text clears its edge if the sheet slips. */
  textLeft: mm(25),
  top: mm(45),
  width: mm(85),
  height: mm(45),
  /** The sender's line sits in the upper zone of the field, the recipient below it. */
  senderTop: mm(50),
  recipientTop: mm(60),
  /** From `recipientTop` to the bottom of the field: the name and up to six address lines fit. */
  recipientHeight: mm(30),
} as const;

export const INFORMATION_BLOCK = { left: mm(118), top: mm(50), width: mm(72), labelWidth: mm(27) } as const;

export const COLOURS = { text: '#1a1a1a', muted: '#5f6368', rule: '#9aa0a6', shade: '#f1f3f4' } as const;

export const FONT_SIZES = { organization: 16, title: 15, heading: 11, body: 9, small: 7.5, sender: 7 } as const;

/** Tabular figures: every digit as wide as the next, so amounts line up in their column. */
export const FIGURES = ['tnum'] as const;

export type Weight = 'regular' | 'bold';

export interface TextStyle {
  size: number;
  weight?: Weight;
  colour?: string;
  align?: 'left' | 'right';
  /** Tabular figures, for amounts and dates in columns. */
  figures?: boolean;
}

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  language: string;
  createdAt: Date;
}

export function newStatementDocument(metadata: PdfMetadata): PDFKit.PDFDocument {
  const document = new PDFDocument({
    size: PAGE.size,
    // The layout places everything itself; pdfkit's margins only keep it from breaking pages.
    margins: { top: PAGE.top, bottom: 0, left: PAGE.left, right: PAGE.width - PAGE.right },
    bufferPages: true,
    lang: metadata.language,
    displayTitle: true,
    info: {
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      Creator: 'Saldo',
      Producer: 'Saldo',
      // Fixed by the statement, not the clock: the same statement gives the same bytes.
      CreationDate: metadata.createdAt,
      ModDate: metadata.createdAt,
    },
  });
  document.registerFont('regular', statementFont('regular'));
  document.registerFont('bold', statementFont('bold'));
  return document;
}

export function applyStyle(document: PDFKit.PDFDocument, style: TextStyle): void {
  document
    .font(style.weight ?? 'regular')
    .fontSize(style.size)
    .fillColor(style.colour ?? COLOURS.text);
}

/** The height of one line of text in a style. */
export function lineHeight(document: PDFKit.PDFDocument, style: TextStyle): number {
  applyStyle(document, style);
  return document.currentLineHeight(true);
}

const LINE_FIT_SLACK = 0.5;

/** One line of text in a box `width` wide; what does not fit ends in an ellipsis. */
export function textLine(
  document: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
): void {
  applyStyle(document, style);
  document.text(text, x, y, {
    width,
    height: document.currentLineHeight(true) + LINE_FIT_SLACK,
    ellipsis: true,
    align: style.align ?? 'left',
    ...(style.figures === true ? { features: [...FIGURES] } : {}),
  });
}

/** Text wrapped to `width`, at most `linesMax` lines (the last ending in an ellipsis when cut); returns its height. */
export function textBlock(
  document: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  linesMax: number,
  style: TextStyle,
): number {
  const height = textBlockHeight(document, text, width, linesMax, style);
  // A little slack, so that rounding in pdfkit's line fitting never drops the last line.
  document.text(text, x, y, { width, height: height + LINE_FIT_SLACK, ellipsis: true, align: style.align ?? 'left' });
  return height;
}

export function textBlockHeight(
  document: PDFKit.PDFDocument,
  text: string,
  width: number,
  linesMax: number,
  style: TextStyle,
): number {
  applyStyle(document, style);
  const oneLine = document.currentLineHeight(true);
  return Math.min(Math.max(document.heightOfString(text, { width }), oneLine), oneLine * linesMax);
}

export function horizontalRule(
  document: PDFKit.PDFDocument,
  y: number,
  weight = 0.5,
  colour: string = COLOURS.rule,
): void {
  document.save().lineWidth(weight).strokeColor(colour).moveTo(PAGE.left, y).lineTo(PAGE.right, y).stroke().restore();
}

export function shade(document: PDFKit.PDFDocument, y: number, height: number): void {
  document.save().rect(PAGE.left, y, CONTENT_WIDTH, height).fill(COLOURS.shade).restore();
}

/** The finished document's bytes. */
export function documentBytes(document: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.end();
  });
}
