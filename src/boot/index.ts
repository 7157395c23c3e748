/** The boot-test module: boot a disk in a throwaway VM and assert on it from the outside. */
export { bootTest, defaultBootDeps, type BootDeps, type BootTestReport } from './boot-test.js';
export {
  defaultConsoleLog,
  toBootTestRequest,
  type BootTestInputNames,
  type BootTestInputs,
  type BootTestRequest,
} from './request.js';
export { bootTestOutputs, reportJson, reportText, resultRows } from './report.js';
export type { AssertionResult, AssertionKind } from './session.js';
export { consoleExcerpt } from './milestones.js';
export { describeTiming, withStartUp, type BootTiming, type TimedSpan } from './timing.js';
