/**
 * Fluent's AccordionPanel with `inert` passed the way the running React understands it.
 *
 * Fluent (9.12) sets `inert: true` on a closed or collapsing panel. React 18 does not know
 * `inert` as a boolean attribute: it warns "Received `true` for a non-boolean attribute
 * `inert`" and leaves the attribute off, so a collapsing panel stayed reachable by Tab.
 * React 18 writes an unknown attribute given as a string, so "" puts `inert` on the element;
 * React 19 knows the attribute and takes `true`. Use this panel instead of Fluent's.
 */
import {
  renderAccordionPanel_unstable,
  useAccordionPanel_unstable,
  useAccordionPanelStyles_unstable,
  type AccordionPanelProps,
} from '@fluentui/react-components';
import { forwardRef, version } from 'react';

const REACT_KNOWS_INERT = Number(version.split('.')[0]) >= 19;

/** What to give React for an inert element: `true` (React 19+) or "" (React 18 and older). */
export function inertValue(): boolean {
  return (REACT_KNOWS_INERT ? true : '') as unknown as boolean;
}

export const AccordionPanel = forwardRef<HTMLDivElement, AccordionPanelProps>((props, ref) => {
  const state = useAccordionPanel_unstable(props, ref);
  // @types/react 18 has no `inert` on HTML attributes; Fluent sets it anyway.
  const root = state.root as { inert?: unknown };
  if (root.inert === true) root.inert = inertValue();
  useAccordionPanelStyles_unstable(state);
  return renderAccordionPanel_unstable(state);
});
AccordionPanel.displayName = 'AccordionPanel';
