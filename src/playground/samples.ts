/**
 * The samples workbook, built in the browser the way `phuluc new --settings samples/settings.json
 * --data samples/data.json` builds it: every annex of the catalog with the seed documents' real
 * values (and their real mistakes), plus the report settings. Loaded lazily with the JSON.
 */
import samplesData from '../../samples/data.json';
import samplesSettings from '../../samples/settings.json';
import { parseSettings } from '../domain/settings';
import { TEMPLATE_IDS } from '../domain/templates/catalog';
import { renderAnnex, type WorkbookData } from '../domain/templates/fill';
import type { PlaygroundPort } from './port';

export async function loadSamples(port: PlaygroundPort, fileName: string): Promise<string[]> {
  const parsed = parseSettings(samplesSettings);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const data = samplesData as unknown as WorkbookData;
  port.load({ snapshot: { sheets: [], markers: [] }, fileName });
  await port.writeSettings(parsed.settings);
  const names: string[] = [];
  for (const id of TEMPLATE_IDS) {
    const { plan } = renderAnnex(id, parsed.settings, data[id] ?? {});
    names.push((await port.insertSheet(plan)).sheetName);
  }
  if (names[0]) port.selectCell(names[0], 'A1');
  return names;
}
