/**
 * Finds report files under the paths a user gives and reads each as strict UTF-8 text. A file
 * that cannot be used is not an exception but a {@link ReportFileProblem} naming the reason, so
 * the caller can report it and go on with the others.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Larger files are refused rather than held in memory (a report is a few kilobytes). */
export const MAX_REPORT_BYTES = 16 * 1024 * 1024;

/** Files picked up inside a folder (so a README.md beside the reports is left alone); a file named explicitly is read whatever its extension. */
const REPORT_FILE = /\.txt$/iu;

export interface ReportFileProblem {
  path: string;
  reason: string;
}

export interface ReportFileList {
  files: string[];
  problems: ReportFileProblem[];
}

/**
 * Expands files and folders (recursively, hidden entries skipped, `.txt` files) into
 * a sorted list without duplicates. Paths that do not exist or cannot be listed become problems.
 */
export async function listReportFiles(paths: string[]): Promise<ReportFileList> {
  const files = new Set<string>();
  const problems: ReportFileProblem[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push({ path, reason: describeFsError(error) });
      return;
    }
    if (info.isDirectory()) {
      let entries;
      try {
        entries = await readdir(path, { withFileTypes: true });
      } catch (error) {
        problems.push({ path, reason: describeFsError(error) });
        return;
      }
      for (const entry of entries.sort((left, right) => (left.name < right.name ? -1 : 1))) {
        if (entry.name.startsWith('.')) continue;
        if (entry.isDirectory()) await visit(join(path, entry.name), false);
        else if (REPORT_FILE.test(entry.name)) await visit(join(path, entry.name), false);
      }
    } else if (info.isFile() || explicit) {
      files.add(resolve(path));
    }
  };
  for (const path of paths) await visit(path, true);
  return { files: [...files], problems };
}

/** Reads one report: its text, or the reason it cannot be ingested (never throws). */
export async function readReportFile(path: string): Promise<{ text: string } | ReportFileProblem> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { path, reason: 'is not a regular file' };
    if (info.size > MAX_REPORT_BYTES) return { path, reason: `is ${(info.size / 1048576).toFixed(1)} MB, more than the ${MAX_REPORT_BYTES / 1048576} MB a report may have` };
    bytes = await readFile(path);
  } catch (error) {
    return { path, reason: describeFsError(error) };
  }
  const decoded = decodeReportBytes(bytes);
  return 'reason' in decoded ? { path, reason: decoded.reason } : decoded;
}

/**
 * Strict UTF-8: a NUL byte means a binary file; an invalid sequence is named with its byte offset;
 * a byte-order mark is dropped; a text with nothing but white space is refused.
 */
export function decodeReportBytes(bytes: Uint8Array): { text: string } | { reason: string } {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { reason: `looks binary (a NUL byte at offset ${nul}), not a UTF-8 text report` };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { reason: `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)}): convert it with iconv -t UTF-8` };
  }
  if (text.trim().length === 0) return { reason: 'is empty' };
  return { text };
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  for (let offset = 0; offset < bytes.length; ) {
    const lead = bytes[offset] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || offset + length > bytes.length) return offset;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(offset, offset + length));
    } catch {
      return offset;
    }
    offset += length;
  }
  return bytes.length;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
}
