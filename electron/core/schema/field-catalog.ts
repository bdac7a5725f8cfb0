import type { FieldSpec } from './field-spec';
import { EVENT_FIELDS } from './field-catalog-event';
import { USER_FIELDS } from './field-catalog-user';
import { CUSTOM_FIELDS } from './field-catalog-custom';
import { DEVICE_FIELDS } from './field-catalog-device';
import type { IdentityField } from '../normalize/outcome';

/** Re-exported so callers need only this module. */
export type { FieldFlags, FieldGroup, FieldSpec, FieldType } from './field-spec';
/** Re-exported so callers need only this module. */
export { ACTION_SOURCES, EVENT_NAMES, GUIDE_EVENT_NAMES, SPEC_EVENT_NAMES } from './event-names';

/**
 * Every event field Pinterest accepts (OpenAPI 5.23.0, vendor/pinterest-openapi), one entry
 * per leaf: top-level fields, user_data.*, custom_data.*, custom_data.contents.* (one
 * product line), app_info.* and device_info.*. A unit test proves it matches the spec.
 */
export const FIELD_CATALOG: readonly FieldSpec[] = [...EVENT_FIELDS, ...USER_FIELDS, ...CUSTOM_FIELDS, ...DEVICE_FIELDS];

const BY_PATH = new Map(FIELD_CATALOG.map((f) => [f.path, f]));

/** The catalog entry for a path, or undefined for a path Pinterest does not accept. */
export function fieldByPath(path: string): FieldSpec | undefined {
  return BY_PATH.get(path);
}

/** The identity normalizer for a user_data path ("user_data.em" → "em"), if hashed. */
export function identityFieldOf(path: string): IdentityField | undefined {
  return BY_PATH.get(path)?.identity;
}

/**
 * Pinterest's minimum per event (an anyOf in the spec, lost by OpenAPI 3.0 tools): an
 * email, or a mobile ad ID, or both IP address and user agent. Each inner list is one way.
 */
export const MATCH_KEY_RULE: readonly (readonly string[])[] = [
  ['user_data.em'], ['user_data.hashed_maids'], ['user_data.client_ip_address', 'user_data.client_user_agent'],
];

/** True when the present user_data paths satisfy MATCH_KEY_RULE. */
export function satisfiesMatchKeyRule(present: ReadonlySet<string>): boolean {
  return MATCH_KEY_RULE.some((way) => way.every((p) => present.has(p)));
}
