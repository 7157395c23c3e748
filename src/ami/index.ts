/** The publish-ami module: a disk → AMIs in every region (publishAmi), and osimg's leftovers (runJanitor). */
export { defaultAwsClients, type AwsClients } from './aws.js';
export { runJanitor, type JanitorResult, type Orphan } from './janitor.js';
export {
  assertComplete,
  defaultPublishTools,
  PartialPublishError,
  publishAmi,
  type PublishResult,
  type PublishTools,
  type RegionResult,
} from './publish.js';
export { janitorRows, publishOutputs, publishSummaryRows, regionRows } from './report.js';
export {
  toAmiRequest,
  type AmiRequest,
  type JanitorRequest,
  type PublishAmiInputs,
  type PublishRequest,
} from './request.js';
