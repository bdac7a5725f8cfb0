import { createHash, hash } from 'node:crypto';
import type { Hasher } from '../../core/ports';

// crypto.hash (Node ≥ 20.12) hashes a string in one call, without a Hash object per value: it is
// the single biggest saving when a million rows each need about ten SHA-256 digests.
const oneShot = typeof hash === 'function' ? (text: string) => hash('sha256', text, 'hex') : undefined;

/** SHA-256 hex of the UTF-8 bytes, the fastest way this Node offers. */
export const fastHasher: Hasher = oneShot ?? ((text) => createHash('sha256').update(text, 'utf8').digest('hex'));
