/**
 * zod, configured once for every schema module of the domain: the task pane and the offline
 * checker run under a Content-Security-Policy without 'unsafe-eval', so zod stays off its
 * eval-based fast path (it otherwise probes `new Function` and the browser logs a CSP violation).
 * Each schema module imports `z` from here, so the setting holds in whichever chunk loads first.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
