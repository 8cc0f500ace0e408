import { buildCase } from '../testing/rule-tester';
import { a1 } from '../sheet/address';
import { describeRaw } from '../sheet/snapshot';
it('dump', () => {
  for (const t of ['PL-I','PL-II','PL-III','KP','CLQG','KH','VB']) {
    const { views } = buildCase({ name: 'x', template: t, settings: t==='KP'?{period:{from:'2021-01-01',to:'2024-07-30'}}:{} });
    const v = views[0]!;
    const lines: string[] = [`== ${t} sheet=${v.sheet.name} merges=${(v.sheet.merges??[]).join(' ')}`];
    for (const tb of v.tables) {
      lines.push(`table ${tb.table.key} numberRow=${tb.numberRow+1} cols=${[...tb.cols.entries()].map(([k,b])=>k+':'+b.col).join(',')}`);
      for (const r of tb.rows) lines.push(`  row ${r.key} ${r.kind} r=${r.row+1} label=${r.label} ind=${r.def?.indicatorId??''}`);
    }
    for (let r=0;r<Math.min(v.sheet.cells.length,12);r++) lines.push(`${r+1}: ` + (v.sheet.cells[r]??[]).map((c,i)=>c?`${a1(r,i)}=${describeRaw(c)}`:'').filter(Boolean).join(' | '));
    require('fs').writeFileSync('/tmp/scr/'+t+'.txt', lines.join('\n'));
  }
});
