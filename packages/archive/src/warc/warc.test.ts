import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { isDomainError } from '@corroborate/core';
import { WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../shared/bytes';
import { sampleCapture } from './capture.fixture';
import { writeCaptureWarc as sut } from './capture-warc.writer';
import { readWarc } from './warc.reader';

const errorOf = (p: Promise<unknown>): Promise<unknown> =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('writeCaptureWarc', () => {
  it('writes warcinfo, response, request, resource and metadata records in that order', async () => {
    const warc = await sut(sampleCapture());
    expect(warc.records.map((r) => r.type)).toEqual([
      'warcinfo',
      'response',
      'request',
      'resource',
      'metadata',
    ]);
    expect(warc.filename).toBe('capture-20140614093000.warc.gz');
    expect(warc.sha256).toBe(createHash('sha256').update(warc.bytes).digest('hex'));
    expect([warc.bytes[0], warc.bytes[1]]).toEqual([0x1f, 0x8b]); // gzip
  });

  it('is read back by warcio with URI, status, headers, payload digest and body intact', async () => {
    const input = sampleCapture();
    const warc = await sut(input);
    const seen: Record<string, unknown>[] = [];
    for await (const record of new WARCParser([warc.bytes])) {
      seen.push({
        type: record.warcType,
        uri: record.warcTargetURI ?? null,
        status: record.warcType === 'response' ? record.httpHeaders?.statusCode : undefined,
        cookies: record.warcType === 'response' ? record.httpHeaders?.headers.get('Set-Cookie') : undefined,
        date: record.warcDate,
        digest: record.warcPayloadDigest,
        text: record.warcType === 'response' ? await record.contentText() : undefined,
      });
    }
    const response = seen[1]!;
    expect(response.uri).toBe(input.pages[0]!.url);
    expect(Number(response.status)).toBe(200);
    expect(response.cookies).toBe('a=1, b=2');
    expect(response.date).toBe('2014-06-14T09:30:00.250Z');
    expect(response.text).toContain('1,700 cadets');
    const bodySha = createHash('sha256').update(input.pages[0]!.response.body).digest('hex');
    expect(response.digest).toBe(`sha256:${bodySha}`);
  });

  it('keeps transfer headers as X-Archive-Orig-* when the body was already decoded', async () => {
    const input = sampleCapture();
    input.pages[0]!.response.headers = [
      ['Content-Encoding', 'gzip'],
      ['Content-Type', 'text/html'],
    ];
    input.pages[0]!.response.bodyDecoded = true;
    const warc = await sut(input);
    const [, response] = await readWarc(warc.bytes);
    expect(fromUtf8(response!.payload)).toContain('1,700 cadets');
    const raw = gunzipSync(warc.bytes).toString('latin1'); // every gzip member, concatenated
    expect(raw).toContain('\r\nX-Archive-Orig-Content-Encoding: gzip\r\n');
    expect(raw).not.toMatch(/^Content-Encoding/im);
  });

  it('refuses no pages, a non-http URL, a header with a line break and a bad file name', async () => {
    const page = sampleCapture().pages[0]!;
    const cases = [
      sampleCapture({ pages: [] }),
      sampleCapture({ pages: [{ ...page, url: 'file:///etc/passwd' }] }),
      sampleCapture({ pages: [{ ...page, request: { headers: { 'X-Evil': 'a\r\nWARC-Type: forged' } } }] }),
      sampleCapture({ filename: '../x.warc.gz' }),
    ];
    const codes = await Promise.all(
      cases.map(async (c) => {
        const e = await errorOf(sut(c));
        return isDomainError(e) ? e.code : e;
      }),
    );
    expect(codes).toEqual(['empty_input', 'validation_failed', 'validation_failed', 'validation_failed']);
  });
});

describe('readWarc', () => {
  it('lists every record with its URI, type, payload digest check and body', async () => {
    const input = sampleCapture();
    const records = await readWarc((await sut(input)).bytes);
    expect(records.map((r) => [r.type, r.targetUri])).toEqual([
      ['warcinfo', null],
      ['response', input.pages[0]!.url],
      ['request', input.pages[0]!.url],
      ['resource', 'https://img.example.org/photo-1.jpg'],
      ['metadata', input.pages[0]!.url],
    ]);
    expect(records[1]!.httpStatus).toBe(200);
    expect(records.filter((r) => r.payloadDigest).every((r) => r.digestOk)).toBe(true);
    expect(records[3]!.payload).toEqual(input.resources![0]!.body);
    expect(fromUtf8(records[4]!.payload)).toContain('via: https://social.example.org/post/123\r\n');
  });

  it('reports a payload digest that no longer matches the body', async () => {
    const text =
      'WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: https://x.example/\r\n' +
      `WARC-Payload-Digest: sha256:${'0'.repeat(64)}\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n`;
    const [record] = await readWarc(utf8(text));
    expect(record!.digestOk).toBe(false);
    expect(record!.payloadSha256).toBe(createHash('sha256').update('hello').digest('hex'));
  });

  it.each([
    ['nothing', new Uint8Array(0)],
    ['prose', utf8('this is a letter, not a web archive')],
    ['a cut-short record', utf8('WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: 100\r\n\r\nshort')],
  ])('rejects %s with parse_failed naming the file', async (_l, bytes) => {
    const err = await errorOf(readWarc(bytes, 'upload.warc'));
    expect(isDomainError(err) && err.code).toBe('parse_failed');
    expect((err as Error).message).toMatch(/^upload\.warc is not a readable WARC/);
  });
});
