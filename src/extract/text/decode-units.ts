// Turns a buffer of UTF-16 code units into a string, for the normalizers that build their output unit by unit.
import { Buffer } from 'node:buffer';

/** Whether typed arrays store a code unit low byte first, as the 'utf16le' decoder reads it. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Code units per String.fromCharCode call, well under engines' argument limits. */
const CHUNK = 8192;
/** Below this many units a Buffer costs more to set up than String.fromCharCode (keys, short lines). */
const SHORTEST_FOR_BUFFER = 48;

/**
 * The string of `units`, lone surrogates kept as they are. Buffer's 'utf16le' decoder copies the
 * bytes in native code, several times faster than String.fromCharCode over chunks for all but short
 * texts; String.fromCharCode remains the path for those and on big-endian machines.
 */
export function decodeUnits(units: Uint16Array): string {
  if (units.length < SHORTEST_FOR_BUFFER) return String.fromCharCode.apply(null, units as unknown as number[]);
  if (LITTLE_ENDIAN) return Buffer.from(units.buffer, units.byteOffset, units.byteLength).toString('utf16le');
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(at, at + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}
