import { FixedZIndex, Layer } from 'gestalt';
import type { ReactNode } from 'react';

// Above the sticky app header (z-index 10) and the sticky table headers, below the drop overlay.
const overlayZIndex = new FixedZIndex(50);

/** Gestalt's Layer for modals and panels, stacked above the app's sticky header. */
export function OverlayLayer({ children }: { children: ReactNode }) {
  return <Layer zIndex={overlayZIndex}>{children}</Layer>;
}
