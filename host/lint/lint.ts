/**
 * @fileoverview `lintPolicy` and the rest of lint's checks (checks.ts), with the memory host
 * (memfs) for the trial runs that lint's own trial host cannot answer (trial-host.ts).
 */
import { runParsedInMemory } from '../api/run.js';
import { useMemoryTrial } from './trial-host.js';

useMemoryTrial(runParsedInMemory);

export * from './checks.js';
