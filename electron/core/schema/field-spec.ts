import type { IdentityField } from '../normalize/outcome';

/** Where a field sits in the mapping screen. */
export type FieldGroup = 'event' | 'identity' | 'value' | 'products' | 'other';

/** The JSON type Pinterest expects (decimal-string: a number sent as text, e.g. "72.39"). */
export type FieldType = 'string' | 'integer' | 'decimal-string' | 'boolean' | 'string-array' | 'time';

/** One event field Pinterest accepts, described for marketers and for the pipeline. */
export interface FieldSpec {
  /** Pinterest's own path: "event_name", "user_data.em", "custom_data.contents.id". */
  path: string;
  label: string;
  /** One or two sentences in marketer language. */
  help: string;
  group: FieldGroup;
  type: FieldType;
  /** Sent as SHA-256 hex (user_data identity fields). */
  hashed: boolean;
  /** Every event must carry it (the pipeline may fill it: action_source, event_id). */
  required: boolean;
  /** Pinterest recommends it for matching or reporting. */
  recommended: boolean;
  /** Several columns may feed it (two email columns, a list of product ids). */
  multi: boolean;
  /** Makes sense for offline (file) conversions; false hides it from the offline mapping. */
  offline: boolean;
  /** Rarely needed: shown under "More fields". */
  advanced: boolean;
  /** The normalizer for hashed fields. */
  identity?: IdentityField;
  /** Allowed values when the spec has an enum. */
  enumValues?: readonly string[];
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
}

/** Optional flags of a catalog entry (everything false unless given). */
export type FieldFlags = Partial<Omit<FieldSpec, 'path' | 'label' | 'help' | 'group' | 'type'>>;

/** Builds a catalog entry with explicit defaults. */
export function field(path: string, label: string, group: FieldGroup, type: FieldType, help: string, flags: FieldFlags = {}): FieldSpec {
  return {
    path, label, help, group, type,
    hashed: false, required: false, recommended: false, multi: false, offline: true, advanced: false,
    ...flags,
  };
}
