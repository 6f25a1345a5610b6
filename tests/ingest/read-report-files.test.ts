import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReportBytes, listReportFiles, readReportFile } from '../../src/ingest/index.js';

describe('decodeReportBytes', () => {
  it('decodes UTF-8 Arabic and drops a byte-order mark', () => {
    expect(decodeReportBytes(Buffer.from('\uFEFFقصف على تفس', 'utf8'))).toEqual({ text: 'قصف على تفس' });
  });

  it('names a binary file by its first NUL byte', () => {
    expect(decodeReportBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toEqual({
      reason: 'looks binary (a NUL byte at offset 4), not a UTF-8 text report',
    });
  });

  it('names the offset of the first byte that is not UTF-8 (a Windows-1256 letter)', () => {
    const bytes = Buffer.concat([Buffer.from('تقرير ', 'utf8'), Buffer.from([0xc7, 0xe1])]);
    expect(decodeReportBytes(bytes)).toEqual({ reason: `is not valid UTF-8 (first bad byte at offset ${Buffer.byteLength('تقرير ')}): convert it with iconv -t UTF-8` });
  });

  it('refuses a file of white space', () => {
    expect(decodeReportBytes(Buffer.from(' \n\t\n'))).toEqual({ reason: 'is empty' });
  });
});

describe('listReportFiles', () => {
  it('walks folders for text files in name order, takes named files as they are, and names paths that are missing', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eventgraph-list-'));
    await mkdir(join(root, 'b', 'nested'), { recursive: true });
    await mkdir(join(root, '.hidden'));
    await Promise.all([
      writeFile(join(root, 'b', '2.txt'), 'ب'),
      writeFile(join(root, 'b', '1.txt'), 'أ'),
      writeFile(join(root, 'b', 'README.md'), '#'),
      writeFile(join(root, 'b', 'nested', '3.txt'), 'ج'),
      writeFile(join(root, 'b', 'image.png'), 'x'),
      writeFile(join(root, '.hidden', 'x.txt'), 'x'),
      writeFile(join(root, 'report.data'), 'د'),
    ]);
    const listed = await listReportFiles([join(root, 'b'), join(root, 'report.data'), join(root, 'missing.txt'), root]);
    expect(listed.files.map((file) => file.slice(root.length + 1))).toEqual(['b/1.txt', 'b/2.txt', 'b/nested/3.txt', 'report.data']);
    expect(listed.problems).toEqual([{ path: join(root, 'missing.txt'), reason: 'does not exist' }]);
  });
});

describe('readReportFile', () => {
  it('returns the reason instead of throwing for a folder', async () => {
    const root = await mkdtemp(join(tmpdir(), 'eventgraph-read-'));
    expect(await readReportFile(root)).toEqual({ path: root, reason: 'is not a regular file' });
  });
});
