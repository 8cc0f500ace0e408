/** jsdom has no TextDecoder/TextEncoder (browsers and Office webviews do): Node's, for tests that read .xlsx bytes. */
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'util';

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
if (!g.TextDecoder) g.TextDecoder = NodeTextDecoder;
if (!g.TextEncoder) g.TextEncoder = NodeTextEncoder;
