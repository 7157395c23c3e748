import { runAction } from '../../runner/run.js';
import { run } from './main.js';

await runAction(run);
