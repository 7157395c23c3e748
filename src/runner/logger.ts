/** The Logger the actions use: lines to the job log, warnings as annotations, phases as groups. */
import * as core from '@actions/core';
import type { Logger } from '../log.js';

export const actionsLogger: Logger = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
  group: (name, work) => core.group(name, work),
};
