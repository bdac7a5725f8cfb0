// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is
// signed (SECURITY §3). strictlyRequireAllFuses makes the build fail if an Electron upgrade adds
// a fuse this table does not decide on.
import fuses from '@electron/fuses';

const { FuseV1Options, FuseVersion } = fuses;

/** The fuse wire for a platform (exported for the unit test). */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Unsigned macOS builds need their ad-hoc signature refreshed after the binary changes.
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

/** The hook electron-builder calls (named export `afterPack`). */
export async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig(context.electronPlatformName));
}
