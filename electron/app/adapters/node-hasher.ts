import { createHash } from 'node:crypto';
import type { Hasher } from '../../core/ports';

/** SHA-256 hex of the UTF-8 bytes, via Node's crypto (the core's Hasher port). */
export const nodeHasher: Hasher = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
