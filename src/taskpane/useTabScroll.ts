/**
 * Each tab keeps its own scroll position: the pane (in Excel the page, in the playground its
 * pane box) scrolls as one, so without this a long Kiểm tra list left the Chèn phụ lục tab
 * scrolled down, and coming back lost the place in the list.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** The nearest ancestor that scrolls vertically, else the page. */
function scrollerOf(el: HTMLElement | null): HTMLElement | null {
  for (let p = el?.parentElement ?? null; p; p = p.parentElement) {
    const y = getComputedStyle(p).overflowY;
    if (y === 'auto' || y === 'scroll') return p;
  }
  return (document.scrollingElement as HTMLElement | null) ?? document.documentElement;
}

export function useTabScroll<T extends string>(rootRef: RefObject<HTMLElement>, tab: T): void {
  const positions = useRef(new Map<T, number>());
  const current = useRef(tab);

  // Where the shown tab is scrolled to, as the officer scrolls.
  useEffect(() => {
    const scroller = scrollerOf(rootRef.current);
    if (!scroller) return undefined;
    const target: HTMLElement | Window = scroller === document.scrollingElement ? window : scroller;
    const onScroll = () => positions.current.set(current.current, scroller.scrollTop);
    target.addEventListener('scroll', onScroll, { passive: true });
    return () => target.removeEventListener('scroll', onScroll);
  }, [rootRef]);

  // Before the new tab is painted: back where it was (the top the first time).
  useLayoutEffect(() => {
    if (current.current === tab) return;
    current.current = tab;
    const scroller = scrollerOf(rootRef.current);
    if (scroller) scroller.scrollTop = positions.current.get(tab) ?? 0;
  }, [rootRef, tab]);
}
