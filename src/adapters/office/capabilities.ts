/**
 * Which ExcelApi requirement sets this Excel has, asked of Office once. Apart from the adapter
 * (office-port.ts) so the task pane can know them at start while the adapter loads in its own chunk.
 */
import type { Capabilities } from '../../app/types';

export function detectCapabilities(
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): Capabilities {
  const ok = (version: string): boolean => {
    try {
      return !!office?.context?.requirements?.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return { namedItems: ok('1.4'), dataValidation: ok('1.8'), pageLayout: ok('1.9'), insertFromWorkbook: ok('1.13') };
}

/** The highest ExcelApi level the capabilities prove (requirement sets are cumulative). */
export function levelOf(caps: Capabilities): string {
  if (caps.insertFromWorkbook) return '1.13';
  if (caps.pageLayout) return '1.9';
  if (caps.dataValidation) return '1.8';
  if (caps.namedItems) return '1.4';
  return '1.1';
}

export function versionAtLeast(have: string, want: string): boolean {
  const [a = 0, b = 0] = have.split('.').map(Number);
  const [c = 0, d = 0] = want.split('.').map(Number);
  return a > c || (a === c && b >= d);
}

/**
 * `supports(version)` for the levels without a capability (1.2, 1.7): what the capabilities
 * prove, or else what Office says (isSetSupported); without Office (tests), the capabilities only.
 */
export function apiSupport(
  caps: Capabilities,
  office: typeof Office | undefined = (globalThis as { Office?: typeof Office }).Office,
): (version: string) => boolean {
  const level = levelOf(caps);
  return (version) => {
    if (versionAtLeast(level, version)) return true;
    try {
      return !!office?.context?.requirements?.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
}
