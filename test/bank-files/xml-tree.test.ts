// The element tree camt is read from: local names, attributes, and the text rules the statement
// code relies on (runs trimmed then decoded, CDATA kept, comments not splitting a run).
import { describe, expect, it } from 'vitest';
import { XmlElement } from '../../src/bank-files/xml-element.ts';
import { XmlTreeBuilder } from '../../src/bank-files/xml-tree.ts';
import { SaldoError } from '../../src/core/errors.ts';

const read = (xml: string, depth = 32) => new XmlElement('', new XmlTreeBuilder(depth).build(xml));

describe('XmlTreeBuilder', () => {
  it('names elements and attributes by their local names and leaves namespace declarations out', () => {
    const root = read(
      '<?xml version="1.0"?><d:Document xmlns:d="urn:x" xmlns="urn:y"><d:Amt d:Ccy=" EUR " Other=\'a&amp;b\'>1.00</d:Amt></d:Document>',
    );
    const amount = root.require('Document', 'Amt');
    expect([
      amount.path,
      amount.text(),
      amount.attribute('Ccy'),
      amount.attribute('Other'),
      amount.attribute('xmlns'),
    ]).toEqual(['Document/Amt', '1.00', 'EUR', 'a&b', null]);
  });

  it('keeps children in document order and numbers them by name', () => {
    const root = read('<S><N>a</N><B/><N>b</N><N><X>c</X></N></S>');
    expect(
      root
        .require('S')
        .children('N')
        .map((entry) => [entry.path, entry.text()]),
    ).toEqual([
      ['S/N[0]', 'a'],
      ['S/N[1]', 'b'],
      ['S/N[2]', ''],
    ]);
    expect(root.textAt('S', 'N', 'X')).toBeNull();
    expect(root.at('S', 'B')?.text()).toBe('');
    expect(root.child('S')?.children('N')[2]?.textAt('X')).toBe('c');
  });

  it('trims each run of text, then decodes it; keeps CDATA as written; a comment does not split a run', () => {
    const root = read('<T>\r\n  a &lt; b <!-- c -->d  <![CDATA[ &amp; <x> ]]>  e&#x41;&#66;\r\n</T>');
    expect(root.require('T').text()).toBe('a < b d &amp; <x> eAB');
  });

  it('treats element names of Object.prototype as plain names', () => {
    const root = read('<R><__proto__>p</__proto__><constructor>c</constructor></R>');
    expect([root.textAt('R', '__proto__'), root.textAt('R', 'constructor'), root.textAt('R', 'toString')]).toEqual([
      'p',
      'c',
      null,
    ]);
  });

  it('refuses nesting deeper than its bound and unclosed markup', () => {
    const refusal = (xml: string, depth?: number) => {
      try {
        read(xml, depth);
      } catch (error) {
        expect(error).toBeInstanceOf(SaldoError);
        return (error as SaldoError).detail;
      }
      throw new Error('accepted');
    };
    expect(refusal('<a><b><c/></b></a>', 1)).toBe('elements nest deeper than 1');
    expect(refusal('<a>x</a><?pi "open?>')).toBe('the XML is malformed: Pi Tag is not closed.');
    expect(refusal('<a><!-- never')).toBe('the XML is malformed: Comment is not closed.');
    expect(refusal('<a><b>')).toBe('the XML is malformed: an element is not closed');
  });
});
