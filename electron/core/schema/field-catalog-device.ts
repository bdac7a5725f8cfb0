import type { FieldFlags, FieldSpec, FieldType } from './field-spec';
import { field } from './field-spec';

// app_info and device_info describe app and web sessions; they mean nothing for an offline
// file, so every entry is advanced and hidden from the offline mapping (offline: false).
const adv = (extra: FieldFlags = {}): FieldFlags => ({ advanced: true, offline: false, ...extra });
const str = (max: number) => adv({ maxLength: max });
const int = (min: number, max?: number) => adv(max === undefined ? { minimum: min } : { minimum: min, maximum: max });
const app = (k: string, label: string, type: FieldType, help: string, f: FieldFlags) => field(`app_info.${k}`, label, 'other', type, help, f);
const dev = (k: string, label: string, type: FieldType, help: string, f: FieldFlags) => field(`device_info.${k}`, label, 'other', type, help, f);

/** Enum of device_info.form_factor. */
export const FORM_FACTORS = ['desktop', 'laptop', 'cellphone', 'tablet', 'smartwatch', 'tv', 'vr', 'console', 'other'] as const;
/** Enum of device_info.network_type. */
export const NETWORK_TYPES = ['wifi', 'cellular_2g', 'cellular_3g', 'cellular_4g', 'cellular_5g', 'cellular_6g', 'ethernet', 'unknown'] as const;
/** Enum of device_info.os_family. */
export const OS_FAMILIES = ['ios', 'android', 'macos', 'windows', 'linux', 'bsd', 'other'] as const;

/** app_info.* and device_info.* fields (app conversions; advanced). */
export const DEVICE_FIELDS: readonly FieldSpec[] = [
  app('app_id', 'App: store ID', 'string', 'The app\'s ID in Google Play, the App Store or another store.', str(200)),
  app('app_name', 'App: name', 'string', 'Name of the app.', str(200)),
  app('app_package_name', 'App: package name', 'string', 'The app\'s package name, e.g. com.company.app.', str(200)),
  app('app_store', 'App: store', 'string', 'Store the app was installed from, e.g. Google Play Store.', str(100)),
  app('app_version', 'App: version', 'string', 'Version of the app.', str(100)),
  app('install_time', 'App: install time', 'time', 'When the app was installed.', int(0)),
  app('user_agent', 'App: user agent', 'string', 'The user agent of the app or browser.', str(16384)),
  app('window_height', 'App: window height', 'integer', 'Height of the window in pixels.', int(0, 30720)),
  app('window_width', 'App: window width', 'integer', 'Width of the window in pixels.', int(0, 30720)),
  dev('battery_level', 'Device: battery level', 'integer', 'Battery charge in percent.', int(0, 100)),
  dev('brand', 'Device: brand', 'string', 'Brand of the device, e.g. Apple.', str(100)),
  dev('carrier', 'Device: carrier', 'string', 'Mobile carrier of the device.', str(100)),
  dev('cpu_cores', 'Device: CPU cores', 'integer', 'Number of processor cores.', int(0, 1152)),
  dev('external_storage_free_space', 'Device: free external storage', 'integer', 'Free external storage in GB.', int(0, 1048576)),
  dev('external_storage_size', 'Device: external storage', 'integer', 'External storage size in GB.', int(0, 1048576)),
  dev('form_factor', 'Device: form factor', 'string', 'Kind of device, e.g. cellphone or desktop.', adv({ enumValues: FORM_FACTORS })),
  dev('kernel_version', 'Device: kernel version', 'string', 'Operating system kernel version.', str(100)),
  dev('languages', 'Device: languages', 'string-array', 'Languages installed on the device, as two-letter codes.', adv({ multi: true, maxItems: 100 })),
  dev('locale', 'Device: locale', 'string', 'Device locale, e.g. en-us.', str(35)),
  dev('model', 'Device: model', 'string', 'Device model, e.g. Galaxy S25.', str(100)),
  dev('network_type', 'Device: network', 'string', 'Network type, e.g. wifi or cellular_5g.', adv({ enumValues: NETWORK_TYPES })),
  dev('os_family', 'Device: OS family', 'string', 'Operating system family, e.g. ios or android.', adv({ enumValues: OS_FAMILIES })),
  dev('os_name', 'Device: OS name', 'string', 'Short name of the operating system.', str(100)),
  dev('os_release_name', 'Device: OS release', 'string', 'Marketing name of the OS release.', str(100)),
  dev('os_version', 'Device: OS version', 'string', 'Full OS version, e.g. 18.3.', str(100)),
  dev('screen_density', 'Device: screen density', 'integer', 'Screen density in pixels per inch.', int(0, 100000)),
  dev('screen_height', 'Device: screen height', 'integer', 'Screen height in pixels.', int(0, 30720)),
  dev('screen_width', 'Device: screen width', 'integer', 'Screen width in pixels.', int(0, 30720)),
  dev('storage_free_space', 'Device: free storage', 'integer', 'Free internal storage in GB.', int(0, 1048576)),
  dev('storage_size', 'Device: storage', 'integer', 'Internal storage size in GB.', int(0, 1048576)),
  dev('timezone', 'Device: time zone', 'string', 'The device\'s time zone.', str(40)),
  dev('timezone_abbr', 'Device: time zone abbreviation', 'string', 'Short time zone name, e.g. CET.', str(5)),
  dev('type', 'Device: type', 'string', 'Type of the device.', str(100)),
];
