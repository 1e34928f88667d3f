// A `process` for bundled browser code: memfs and the path polyfill ask it for cwd() and
// nextTick(). Injected by the bundler (see test/support/browser-bundle.ts), not a global.
import process from 'process/browser.js';

export { process };
