import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import type { AscClient } from '../../asc/client.js';
import { ReportTotals, type ProductTotal, type TotalsColumns } from './report-totals.js';

export interface DownloadedReport {
  path: string;
  /** Data rows: the lines after the header, up to the first blank line (finance trailers follow it). */
  rows: number;
  bytes: number;
  columns: string[];
  /** Units and proceeds by product and currency; undefined when the report lacks those columns. */
  totals?: ProductTotal[];
}

/**
 * Passes the decompressed TSV through unchanged while counting its rows and summing its totals,
 * holding at most one partial line in memory.
 */
class TsvTally extends Transform {
  rows = 0;
  columns: string[] = [];
  private readonly decoder = new StringDecoder('utf8');
  private partial = '';
  private sawHeader = false;
  private ended = false;

  constructor(private readonly totals: ReportTotals | undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.scan(this.decoder.write(chunk), false);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.scan(this.decoder.end(), true);
    callback();
  }

  private scan(text: string, last: boolean): void {
    const lines = (this.partial + text).split('\n');
    this.partial = last ? '' : (lines.pop() ?? '');
    for (const raw of lines) this.line(raw.replace(/\r$/, ''));
  }

  private line(line: string): void {
    if (this.ended) return;
    if (!this.sawHeader) {
      if (line.trim() === '') return;
      this.sawHeader = true;
      this.columns = line.split('\t');
      this.totals?.setHeader(this.columns);
      return;
    }
    if (line.trim() === '') {
      this.ended = true;
      return;
    }
    this.rows++;
    this.totals?.add(line.split('\t'));
  }
}

/**
 * Downloads a gzip report and writes it decompressed to `path`, streaming: the report is never
 * held in memory. The file appears only once complete (written to `<path>.partial`, then renamed).
 */
export async function downloadReport(
  client: AscClient,
  target: string,
  path: string,
  totalsColumns?: TotalsColumns,
): Promise<DownloadedReport> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  // Each attempt starts over: a fresh tally and a fresh partial file.
  const { tally, totals } = await client.downloadTo(target, 'application/a-gzip', async (gzip) => {
    const totals = totalsColumns ? new ReportTotals(totalsColumns) : undefined;
    const tally = new TsvTally(totals);
    try {
      await pipeline(gzip, createGunzip(), tally, createWriteStream(partial));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    return { tally, totals };
  });
  await rename(partial, path);
  return {
    path,
    rows: tally.rows,
    bytes: (await stat(path)).size,
    columns: tally.columns,
    ...(totals?.enabled ? { totals: totals.list() } : {}),
  };
}
