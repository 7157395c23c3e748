/** Types of the generated policy validator (ajv standalone code for POLICY_SCHEMA). */
import type { ErrorObject } from 'ajv';

export declare const validate: {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
};
export default validate;
