// A `Buffer` for host/testing (cases.ts, memory-runner.ts), which the worker bundles to read and
// check test cases as `cfwasm test` does: injected by playground/build.mjs, not a global.
export { Buffer } from 'buffer';
