import { z } from 'zod';
import { FORM_FACTORS, NETWORK_TYPES, OS_FAMILIES } from './field-catalog-device';

const s = (max: number) => z.string().max(max);
const n = (min: number, max?: number) => (max === undefined ? z.int().min(min) : z.int().min(min).max(max));

/** app_info as the spec defines it (closed object). */
export const appInfoSchema = z.strictObject({
  app_id: s(200).optional(),
  app_name: s(200).optional(),
  app_package_name: s(200).optional(),
  app_store: s(100).optional(),
  app_version: s(100).optional(),
  install_time: n(0).optional(),
  user_agent: s(16384).optional(),
  window_height: n(0, 30720).optional(),
  window_width: n(0, 30720).optional(),
});

/** device_info as the spec defines it (closed object). */
export const deviceInfoSchema = z.strictObject({
  battery_level: n(0, 100).optional(),
  brand: s(100).optional(),
  carrier: s(100).optional(),
  cpu_cores: n(0, 1152).optional(),
  external_storage_free_space: n(0, 1048576).optional(),
  external_storage_size: n(0, 1048576).optional(),
  form_factor: z.enum(FORM_FACTORS).optional(),
  kernel_version: s(100).optional(),
  languages: z.array(z.string()).max(100).optional(),
  locale: s(35).optional(),
  model: s(100).optional(),
  network_type: z.enum(NETWORK_TYPES).optional(),
  os_family: z.enum(OS_FAMILIES).optional(),
  os_name: s(100).optional(),
  os_release_name: s(100).optional(),
  os_version: s(100).optional(),
  screen_density: n(0, 100000).optional(),
  screen_height: n(0, 30720).optional(),
  screen_width: n(0, 30720).optional(),
  storage_free_space: n(0, 1048576).optional(),
  storage_size: n(0, 1048576).optional(),
  timezone: s(40).optional(),
  timezone_abbr: s(5).optional(),
  type: s(100).optional(),
});
