import {
  decodeEntities,
  findAll,
  findFirst,
  parseXmlTree,
  xmlBool,
  XmlScanner,
  XML_CLOSE,
  XML_END,
  XML_OPEN,
  XML_TEXT,
} from './xml';

function events(xml: string): string[] {
  const x = new XmlScanner(xml);
  const out: string[] = [];
  for (let ev = x.next(); ev !== XML_END; ev = x.next()) {
    if (ev === XML_OPEN) out.push(`<${x.name}${x.selfClosing ? '/' : ''}>`);
    else if (ev === XML_CLOSE) out.push(`</${x.name}>`);
    else if (ev === XML_TEXT) out.push(x.text());
  }
  return out;
}

describe('XmlScanner', () => {
  it('drops namespace prefixes and reads attributes by local name, either quote', () => {
    const x = new XmlScanner(`<x:sheet name='KP &amp; chi' sheetId="3" r:id="rId3"/>`);
    expect(x.next()).toBe(XML_OPEN);
    expect(x.name).toBe('sheet');
    expect(x.selfClosing).toBe(true);
    expect(x.attr('name')).toBe('KP & chi');
    expect(x.attr('id')).toBe('rId3');
    expect(x.attr('sheetId')).toBe('3');
    expect(x.attr('missing')).toBeUndefined();
    expect(x.attrs()).toEqual({ name: 'KP & chi', sheetId: '3', id: 'rId3' });
  });

  it('decodes entities exactly once, keeps unknown ones, reads CDATA as written', () => {
    expect(decodeEntities('KP &amp;amp; chi &lt;1&gt; &#x1EA1;&#7841; &nbsp; & x')).toBe(
      'KP &amp; chi <1> ạạ &nbsp; & x',
    );
    expect(events('<t>a &amp;lt; b</t><t><![CDATA[x &amp; <y>]]></t>')).toEqual([
      '<t>',
      'a &lt; b',
      '</t>',
      '<t>',
      'x &amp; <y>',
      '</t>',
    ]);
  });

  it('skips comments, processing instructions and a DOCTYPE with an internal subset (never expanded)', () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "boom">]><!-- c > d --><a>&e;</a>`;
    expect(events(xml)).toEqual(['<a>', '&e;', '</a>']);
  });

  it('">" inside an attribute value does not end the tag; a truncated document just ends', () => {
    expect(events('<a b="x>y" c="2">t</a>')).toEqual(['<a>', 't', '</a>']);
    expect(events('<a><b>te')).toEqual(['<a>', '<b>', 'te']);
  });

  it('readText gathers the text of an element (nested runs too); skip passes a subtree', () => {
    const x = new XmlScanner(
      '<si><r><t>Phụ </t></r><r><t xml:space="preserve">lục</t></r><rPh><t>x</t></rPh></si><after/>',
    );
    x.next();
    expect(x.readText()).toBe('Phụ lụcx');
    expect(x.next()).toBe(XML_OPEN);
    expect(x.name).toBe('after');
    const y = new XmlScanner('<a><b><b/><c>t</c></b><d/></a>');
    y.next();
    y.next();
    y.skip();
    y.next();
    expect(y.name).toBe('d');
  });
});

describe('parseXmlTree', () => {
  it('builds a small tree for relationship and workbook parts', () => {
    const root = parseXmlTree(
      '<Relationships><Relationship Id="rId1" Type="t/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="x"/></Relationships>',
    );
    expect(findAll(root, 'Relationship').map((r) => r.attrs.Id)).toEqual(['rId1', 'rId2']);
    expect(findFirst(root, 'Relationship')?.attrs.Target).toBe('worksheets/sheet1.xml');
    const t = parseXmlTree('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>');
    expect(findFirst(t, 't')?.text).toBe('1');
  });
});

describe('xmlBool', () => {
  it('reads Excel "1"/"0" and LibreOffice "true"/"false"', () => {
    expect([
      xmlBool('1'),
      xmlBool('true'),
      xmlBool('TRUE'),
      xmlBool('0'),
      xmlBool('false'),
      xmlBool(undefined),
    ]).toEqual([true, true, true, false, false, false]);
    expect(xmlBool(undefined, true)).toBe(true);
  });
});
