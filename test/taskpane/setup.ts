/**
 * jsdom setup for the task pane tests (imported first by each test file; jest.config.js is shared).
 * Fluent UI v9 reads matchMedia / ResizeObserver and its motion uses Element.animate; jsdom has none.
 * jest's jsdom has no TextDecoder / TextEncoder either; the .xlsx/.docx readers (the fake service's
 * import) need them, as every browser has them: Node's own are put in place.
 */
import '@testing-library/jest-dom';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';

if (typeof globalThis.TextDecoder === 'undefined')
  Object.defineProperty(globalThis, 'TextDecoder', { writable: true, configurable: true, value: NodeTextDecoder });
if (typeof globalThis.TextEncoder === 'undefined')
  Object.defineProperty(globalThis, 'TextEncoder', { writable: true, configurable: true, value: NodeTextEncoder });

if (typeof window !== 'undefined') {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      configurable: true,
      value: (query: string): MediaQueryList =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addListener: () => undefined,
          removeListener: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          dispatchEvent: () => false,
        }) as MediaQueryList,
    });
  }

  if (!('ResizeObserver' in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: ResizeObserverStub });
    Object.defineProperty(globalThis, 'ResizeObserver', {
      writable: true,
      configurable: true,
      value: ResizeObserverStub,
    });
  }

  if (!window.HTMLElement.prototype.scrollIntoView) {
    window.HTMLElement.prototype.scrollIntoView = function scrollIntoView() {};
  }
}
