/** Decodes a report file's bytes as UTF-8 text, refusing binary and mis-encoded files with a reason. */
import { EventGraphError } from '../domain/errors.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeReportFile(file: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) {
    throw new EventGraphError('BAD_USER_INPUT', `${file} is a binary file, not a text report.`);
  }
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new EventGraphError('BAD_USER_INPUT', `${file} is not valid UTF-8 text: convert it to UTF-8 (e.g. iconv -f WINDOWS-1256 -t UTF-8).`);
  }
}
