/**
 * A rule is one small module: an id ("family/name"), a default severity, the message ids it
 * reports (wording lives in ../messages.ts), where it applies, and a check that reports
 * findings — never throws, never changes anything.
 */
import type { IndicatorSet } from '../indicators/schema';
import type { ReportSettings } from '../settings';
import type { Severity } from '../report/schema';
import type { AnnexView } from '../engine/annex-view';
import type { Draft } from '../engine/bind';

export type RuleFamily =
  'structure' | 'presence' | 'type' | 'domain' | 'arithmetic' | 'consistency' | 'target' | 'document' | 'text';

/** A cell of the same sheet that causes a finding (0-based), optionally the message reported there. */
export interface CauseDraft {
  row: number;
  col: number;
  messageId?: string;
}

export interface RuleDraft extends Draft {
  /** Indicator the finding is about (CLQG, KH). */
  indicatorId?: string;
  /** Cells whose own findings this one is a consequence of (the engine resolves them to findings). */
  causedBy?: CauseDraft[];
}

export interface RuleContext {
  settings: ReportSettings;
  indicators: IndicatorSet;
  report(d: RuleDraft): void;
}

interface RuleBase {
  id: string;
  family: RuleFamily;
  description: string;
  defaultSeverity: Severity;
  /** Message ids this rule may report; each must exist in MESSAGES. */
  messages: readonly string[];
}

export interface AnnexRule extends RuleBase {
  scope: 'annex';
  /** Template ids this rule checks ('*' for all). */
  templates: readonly string[] | '*';
  check(annex: AnnexView, ctx: RuleContext): void;
}

/**
 * A workbook rule sees every annex. Its findings have no annex of their own: put the sheet
 * they belong to in `data.sheet` (the engine uses it as the finding's sheet).
 */
export interface WorkbookRule extends RuleBase {
  scope: 'workbook';
  check(annexes: readonly AnnexView[], ctx: RuleContext): void;
}

export type Rule = AnnexRule | WorkbookRule;

export function appliesTo(rule: AnnexRule, templateId: string): boolean {
  return rule.templates === '*' || rule.templates.includes(templateId);
}
