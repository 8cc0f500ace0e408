/** The annex catalog: every template, in the order officers attach them. */
import { clqg } from './clqg';
import { kh } from './kh';
import { plCB } from './pl-cb';
import { plI } from './pl-i';
import { plII } from './pl-ii';
import { kp, plIII } from './pl-iii';
import type { TemplateDef } from './template';
import { vb } from './vb';

export const TEMPLATES: readonly TemplateDef[] = [plI, plCB, plII, plIII, kp, clqg, kh, vb];
export { TEMPLATE_IDS } from './info';

export function getTemplate(id: string): TemplateDef | undefined {
  const wanted = id.trim().toUpperCase();
  return TEMPLATES.find((t) => t.id === wanted);
}
