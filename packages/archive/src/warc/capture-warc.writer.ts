import { DomainError } from '@corroborate/core';
import { WARCRecord, WARCSerializer } from 'warcio';
import { concatBytes, utf8 } from '../shared/bytes';
import { sha256Hex } from '../shared/sha256';
import type { CapturePage, CaptureResource, CaptureWarc, CaptureWarcInput } from './capture.types';
import { headerPairs, requestTarget } from './http-headers';

const WARC_VERSION = 'WARC/1.1';
const SERIALIZE = { gzip: true, digest: { algo: 'sha-256', prefix: 'sha256:' } } as const;
const FILENAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.warc\.gz$/;

const recordId = (r: WARCRecord): string => r.warcHeaders.headers.get('WARC-Record-ID') ?? '';
const ts14 = (d: Date): string => d.toISOString().replace(/\D/g, '').slice(0, 14);

function pageRecords(page: CapturePage): WARCRecord[] {
  const { path, host } = requestTarget(page.url);
  const date = page.fetchedAt.toISOString();
  const { status, statusText = '', headers, body, bodyDecoded = false } = page.response;
  const response = WARCRecord.create(
    {
      url: page.url,
      date,
      type: 'response',
      warcVersion: WARC_VERSION,
      statusline: `HTTP/1.1 ${status} ${statusText}`.trimEnd(),
      httpHeaders: headerPairs(headers, page.url, bodyDecoded),
    },
    [body],
  );
  const reqHeaders = headerPairs(page.request.headers, page.url, false);
  if (!reqHeaders.some(([n]) => n.toLowerCase() === 'host')) reqHeaders.unshift(['Host', host]);
  const request = WARCRecord.create({
    url: page.url,
    date,
    type: 'request',
    warcVersion: WARC_VERSION,
    statusline: `${page.request.method ?? 'GET'} ${path} HTTP/1.1`,
    httpHeaders: reqHeaders,
    warcHeaders: { 'WARC-Concurrent-To': recordId(response) },
  });
  return [response, request];
}

function resourceRecord(res: CaptureResource): WARCRecord {
  requestTarget(res.url);
  return WARCRecord.create(
    {
      url: res.url,
      date: res.fetchedAt.toISOString(),
      type: 'resource',
      warcVersion: WARC_VERSION,
      warcHeaders: { 'Content-Type': res.contentType },
    },
    [res.body],
  );
}

function warcFields(fields: Record<string, string | string[]>): Uint8Array {
  const lines = Object.entries(fields).flatMap(([name, v]) =>
    (Array.isArray(v) ? v : [v]).map((value) => `${name}: ${value.replace(/[\r\n]+/g, ' ')}\r\n`),
  );
  return utf8(lines.join(''));
}

/** Writes a capture as a gzip-per-record WARC 1.1: warcinfo, response + request per page, resources, metadata. */
export async function writeCaptureWarc(input: CaptureWarcInput): Promise<CaptureWarc> {
  const first = input.pages[0];
  if (!first) throw new DomainError('empty_input', 'capture has no pages: a WARC needs at least one');
  const filename = input.filename ?? `capture-${ts14(first.fetchedAt)}.warc.gz`;
  if (!FILENAME.test(filename)) {
    throw new DomainError(
      'validation_failed',
      `WARC file name "${filename}" must be letters, digits, . _ - and end .warc.gz`,
    );
  }
  const info: Record<string, string> = {
    software: input.software ?? 'Corroborate',
    format: 'WARC File Format 1.1',
    conformsTo: 'https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/',
  };
  if (input.operator) info.operator = input.operator.replace(/[\r\n]+/g, ' ');
  const records = [
    WARCRecord.createWARCInfo(
      { filename, warcVersion: WARC_VERSION, date: first.fetchedAt.toISOString() },
      info,
    ),
  ];
  for (const page of input.pages) records.push(...pageRecords(page));
  for (const res of input.resources ?? []) records.push(resourceRecord(res));
  if (input.metadata && Object.keys(input.metadata).length > 0) {
    const mainResponse = records[1];
    records.push(
      WARCRecord.create(
        {
          url: first.url,
          date: first.fetchedAt.toISOString(),
          type: 'metadata',
          warcVersion: WARC_VERSION,
          warcHeaders: mainResponse ? { 'WARC-Concurrent-To': recordId(mainResponse) } : {},
        },
        [warcFields(input.metadata)],
      ),
    );
  }
  const parts = await Promise.all(records.map((r) => WARCSerializer.serialize(r, SERIALIZE)));
  const bytes = concatBytes(parts);
  return {
    filename,
    bytes,
    sha256: await sha256Hex(bytes),
    records: records.map((r) => ({ type: r.warcType, uri: r.warcTargetURI ?? null, recordId: recordId(r) })),
    pages: input.pages.map((p) => ({
      url: p.url,
      ts: p.fetchedAt.toISOString(),
      ...(p.title ? { title: p.title } : {}),
    })),
  };
}
